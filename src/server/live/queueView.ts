/** Queue maths of live consultation (pure): places in each unit's queue, the wait estimate, free officers. */
import type { QueueEntry } from '../../shared/live/protocol';
import type { CallRow, LiveSnapshot } from './liveStore';

/** Minutes a call is assumed to take until a unit has history. */
export const DEFAULT_CALL_MINUTES = 5;

/** 1-based place of every waiting call in its unit's queue (the snapshot is in queue order). */
export function positions(waiting: readonly CallRow[]): Map<string, number> {
  const perUnit = new Map<string, number>();
  const out = new Map<string, number>();
  for (const call of waiting) {
    const n = (perUnit.get(call.unit) ?? 0) + 1;
    perUnit.set(call.unit, n);
    out.set(call.call_key, n);
  }
  return out;
}

/** Officers of a unit who are available (signed in and not away), busy or not. */
export function officersOn(snapshot: LiveSnapshot, unit: string): number {
  return snapshot.presence.filter((p) => p.status === 'available' && p.units.includes(unit)).length;
}

/** Officers of a unit who are available and not in a call. */
export function freeOfficers(snapshot: LiveSnapshot, unit: string): number {
  return snapshot.presence.filter((p) => p.status === 'available' && p.units.includes(unit) && !snapshot.busy.has(p.officer_id)).length;
}

/** Estimated wait in whole minutes for the `position`-th caller: calls ahead × mean call length ÷ officers on duty. */
export function estimateMinutes(snapshot: LiveSnapshot, unit: string, position: number): number {
  const mean = snapshot.meanMinutes.get(unit) ?? DEFAULT_CALL_MINUTES;
  const officers = Math.max(1, officersOn(snapshot, unit));
  const busyAhead = freeOfficers(snapshot, unit) > 0 ? 0 : 1;
  return Math.max(1, Math.ceil(((position - 1 + busyAhead) * mean) / officers));
}

/** The waiting calls of some units, as an officer's queue view shows them. */
export function queueOf(snapshot: LiveSnapshot, units: readonly string[], now: Date): QueueEntry[] {
  const places = positions(snapshot.waiting);
  return snapshot.waiting
    .filter((c) => units.includes(c.unit))
    .map((c) => ({
      callId: c.call_key,
      unit: c.unit,
      position: places.get(c.call_key) ?? 0,
      waitingSeconds: Math.max(0, Math.round((now.getTime() - new Date(c.queued_at).getTime()) / 1000)),
    }));
}
