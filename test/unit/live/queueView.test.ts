import { expect } from 'chai';
import type { CallRow, LiveSnapshot } from '../../../src/server/live/liveStore';
import { estimateMinutes, freeOfficers, positions, queueOf } from '../../../src/server/live/queueView';

const call = (key: string, unit: string, queuedAt: string) => ({ call_key: key, unit, queued_at: queuedAt }) as CallRow;

function snapshot(partial: Partial<LiveSnapshot>): LiveSnapshot {
  return { waiting: [], presence: [], busy: new Set(), meanMinutes: new Map(), ...partial };
}

describe('live queue maths', () => {
  const waiting = [call('a', 'pajak', '2026-12-02T01:00:00Z'), call('b', 'kesehatan', '2026-12-02T01:01:00Z'), call('c', 'pajak', '2026-12-02T01:02:00Z')];
  const presence = [
    { officer_id: 1, username: 'rina', units: ['pajak'], status: 'available' as const, conn_id: 'x' },
    { officer_id: 2, username: 'budi', units: ['pajak', 'kesehatan'], status: 'available' as const, conn_id: 'y' },
    { officer_id: 3, username: 'sari', units: ['pajak'], status: 'away' as const, conn_id: 'z' },
  ];

  it('numbers places per unit, in queue order', () => {
    expect([...positions(waiting)]).to.deep.equal([['a', 1], ['b', 1], ['c', 2]]);
  });

  it('estimates from recent call lengths and officers on duty; a free officer means no call ahead', () => {
    const s = snapshot({ waiting, presence, meanMinutes: new Map([['pajak', 6]]) });
    expect(freeOfficers(s, 'pajak')).to.equal(2);
    expect(estimateMinutes(s, 'pajak', 1)).to.equal(1);
    expect(estimateMinutes(s, 'pajak', 3)).to.equal(6);
    const busy = snapshot({ waiting, presence, busy: new Set([1, 2]), meanMinutes: new Map([['pajak', 6]]) });
    expect(estimateMinutes(busy, 'pajak', 1)).to.equal(3);
    expect(estimateMinutes(snapshot({ presence }), 'kesehatan', 2)).to.equal(5);
  });

  it("an officer's view lists only their units' waiting calls, with waiting time", () => {
    const view = queueOf(snapshot({ waiting }), ['pajak'], new Date('2026-12-02T01:05:00Z'));
    expect(view).to.deep.equal([
      { callId: 'a', unit: 'pajak', position: 1, waitingSeconds: 300 },
      { callId: 'c', unit: 'pajak', position: 2, waitingSeconds: 180 },
    ]);
  });
});
