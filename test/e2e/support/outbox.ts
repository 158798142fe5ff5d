import type { Page } from 'playwright-core';
import { renderedFrames } from './frames';

/** Everything in the device's outbox (IndexedDB `makassar-outbox`), read in the page as devtools would show it. */
export interface OutboxContents {
  outbox: Array<{ id: string; code?: string; kind: string } & Record<string, unknown>>;
  failed: Array<Record<string, unknown>>;
  meta: unknown[];
}

/** Reads every store of the outbox with the plain IndexedDB API (none of the app's code). */
export function outboxContents(page: Page): Promise<OutboxContents> {
  // No named functions inside: the test runner's transpiler would wrap them in a helper the page lacks.
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('makassar-outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read: Record<string, unknown[]> = {};
    for (const store of ['outbox', 'failed', 'meta']) {
      read[store] = db.objectStoreNames.contains(store)
        ? await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          })
        : [];
    }
    db.close();
    return read as never;
  });
}

/** Waits, re-reading every 10 rendered frames, until the outbox satisfies `done`; returns what it last read. */
export async function waitForOutbox(page: Page, done: (c: OutboxContents) => boolean, what: string, timeoutMs = 90_000): Promise<OutboxContents> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const contents = await outboxContents(page);
    if (done(contents)) return contents;
    if (Date.now() > deadline) throw new Error(`outbox never became ${what}: ${JSON.stringify({ waiting: contents.outbox.length, failed: contents.failed })}`);
    // A condition poll paced by the hall's own rendered frames, not a sleep.
    await renderedFrames(page, 10);
  }
}
