import type { CallAnswer, Failure, FlowAction, FlowEffect, PortCall } from './flowActions';
import { classifyError } from './classifyError';
import type { ServicePort } from './servicePort';

/** Runs the reducer's effects against the port and feeds their outcomes back as actions. */
export interface EffectRunner {
  /** Runs effects in order; resolves when the foreground calls (and what their outcomes started in the foreground) are done. */
  run(effects: readonly FlowEffect[]): Promise<void>;
  /** Resolves when background work (slot loading) has finished. */
  settled(): Promise<void>;
}

/** Classifies a thrown port error once, for every call: what the citizen can do about it. */
export function failureOf(error: unknown): Failure {
  const failure = classifyError(error);
  if (failure.kind === 'network') return failure;
  const retryable = failure.kind !== 'api' || failure.status >= 500 || failure.status === 429 || failure.code === 'idempotency_in_progress';
  if (retryable) return { kind: 'retry' };
  const { status, code, field, message } = failure;
  return { kind: 'refused', status, code, field, message };
}

/** Performs one call on the port. */
async function answer(port: ServicePort, call: PortCall): Promise<CallAnswer> {
  switch (call.kind) {
    case 'request':
      return { kind: call.kind, value: await port.submitRequest(call.body, call.key) };
    case 'complaint':
      return { kind: call.kind, value: await port.submitComplaint(call.body, call.key) };
    case 'appointment':
      return { kind: call.kind, value: await port.bookAppointment(call.body, call.key) };
    case 'consultation':
      return { kind: call.kind, value: await port.submitConsultation(call.body, call.key) };
    case 'survey':
      await port.submitSurvey(call.body, call.key);
      return { kind: call.kind };
    case 'lookup':
      if (!port.lookupTaxBill) throw new TypeError('this port has no PBB bill lookup');
      return { kind: call.kind, value: await port.lookupTaxBill(call.nop) };
    case 'status':
      return { kind: call.kind, value: await port.getStatus(call.code) };
    case 'slots':
      return { kind: call.kind, locationId: call.locationId, date: call.date, value: await port.getSlots(call.locationId, call.date) };
  }
}

/**
 * Creates the runner of one flow. It owns cancellation: an `abandon` effect (a cancel, or a new visit) bumps
 * the generation, and an outcome that arrives for an older generation is dropped here, in one place,
 * because it belongs to the citizen who left. Slot loads run in the background; everything else is awaited.
 */
export function createEffectRunner(port: ServicePort, dispatch: (action: FlowAction) => Promise<void>): EffectRunner {
  let generation = 0;
  let background: Promise<void> = Promise.resolve();

  const perform = async (call: PortCall): Promise<void> => {
    const mine = generation;
    const outcome: FlowAction = await answer(port, call).then(
      (a): FlowAction => ({ type: 'answered', answer: a }),
      (error: unknown): FlowAction => ({ type: 'failed', call, failure: failureOf(error) }),
    );
    if (mine === generation) await dispatch(outcome);
  };

  return {
    async run(effects) {
      const foreground: Promise<void>[] = [];
      for (const effect of effects) {
        if (effect.type === 'abandon') {
          generation += 1;
          continue;
        }
        const work = perform(effect.call);
        if (effect.call.kind === 'slots') background = background.then(() => work);
        else foreground.push(work);
      }
      await Promise.all(foreground);
    },
    async settled() {
      let seen: Promise<void> | null = null;
      while (seen !== background) {
        seen = background;
        await seen;
      }
    },
  };
}
