/**
 * Submissions kept on this device until they reach the server (the offline queue of issue 9). The status
 * page and the operator menu show "waiting to be sent" and a count through this interface only: counts
 * and yes/no, never the data itself. The implementation is the outbox's (src/offline/pendingSubmissions.ts).
 */
export interface PendingSubmissions {
  /** How many submissions wait to be sent, and how many failed for good. */
  count(): Promise<{ waiting: number; failed: number }>;
  /** Whether the submission with this tracking code still waits on this device. */
  isPending(code: string): Promise<boolean>;
}

