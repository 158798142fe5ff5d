/**
 * Submissions kept on this device until they reach the server (the offline queue of issue 9). The status
 * page and the operator menu show "waiting to be sent" and a count through this interface only: counts
 * and yes/no, never the data itself.
 */
export interface PendingSubmissions {
  /** How many submissions wait to be sent, and how many failed for good. */
  count(): Promise<{ waiting: number; failed: number }>;
  /** Whether the submission with this tracking code still waits on this device. */
  isPending(code: string): Promise<boolean>;
}

/**
 * The truthful answer until the offline queue lands: this build sends every submission at once (or keeps it
 * on the kiosk panel while offline), so nothing ever waits in a queue. The lead wires the real queue at merge.
 */
export const NO_PENDING_SUBMISSIONS: PendingSubmissions = {
  count: () => Promise.resolve({ waiting: 0, failed: 0 }),
  isPending: () => Promise.resolve(false),
};
