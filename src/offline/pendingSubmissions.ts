/**
 * What the booth's operator menu and the light status page may know of this device's outbox: counts, and whether a
 * tracking code is still waiting to be sent. No personal data passes here (codes are not personal data; bodies are
 * sealed and never read on the device). Babylon-free; opens the outbox for each question and closes it again.
 */
import { localStateOf, openOutbox, outboxCounts } from './outboxDb';

/** Submissions waiting to be sent, and those given up (refused, or older than 7 days) since the device was set up. */
export async function count(): Promise<{ waiting: number; failed: number }> {
  const db = await openOutbox();
  try {
    return await outboxCounts(db);
  } finally {
    db.close();
  }
}

/** True while a submission with this tracking code (canonical `XXXX-XXXX`) is queued on this device. */
export async function isPending(code: string): Promise<boolean> {
  const db = await openOutbox();
  try {
    return (await localStateOf(db, code)).waiting;
  } finally {
    db.close();
  }
}
