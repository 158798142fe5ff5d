/** One call waiting for its share of a batch's result. */
interface Waiter<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (err: unknown) => void;
}

/**
 * Runs the calls of one process together: while `inFlight` statements run, calls wait, and the next statement
 * takes every waiting call (up to `maxBatch`). Under load a statement serves many calls, so its round trip,
 * parse and commit are paid once for all of them; a lone call runs at once. `run` answers the inputs in order.
 * Our own (a dozen lines): the pools we use (pg, PGlite) queue statements, but none groups them.
 */
export class StatementBatcher<I, O> {
  private readonly pending: Waiter<I, O>[] = [];
  private running = 0;

  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly options: { inFlight: number; maxBatch: number },
  ) {
    if (!(options.inFlight >= 1 && options.maxBatch >= 1)) throw new RangeError('StatementBatcher needs inFlight and maxBatch of at least 1');
  }

  /** Queues one call; resolves with its output, or rejects with its statement's error. */
  submit(input: I): Promise<O> {
    const done = new Promise<O>((resolve, reject) => this.pending.push({ input, resolve, reject }));
    if (this.running < this.options.inFlight) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.running++;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.maxBatch);
      try {
        const outputs = await this.run(batch.map((w) => w.input));
        if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} got ${outputs.length} answers`);
        batch.forEach((w, i) => w.resolve(outputs[i]));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.running--;
  }
}
