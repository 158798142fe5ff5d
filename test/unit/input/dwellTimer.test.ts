import { expect } from 'chai';
import { DwellTimer } from '../../../src/input/dwellTimer';

const at = (entries: [string, string | null][]) => new Map(entries);

describe('DwellTimer (XAUR REQ 15)', () => {
  it('fires a target once a pointer has rested on it for the whole time, with the fill growing before', () => {
    const d = new DwellTimer(1500);
    expect(d.step(at([['ray-1', 'a']]), 0)).to.deep.equal({ progress: [{ source: 'ray-1', id: 'a', fraction: 0 }], fire: [] });
    expect(d.step(at([['ray-1', 'a']]), 750).progress[0]?.fraction).to.equal(0.5);
    expect(d.step(at([['ray-1', 'a']]), 1499).fire).to.deep.equal([]);
    expect(d.step(at([['ray-1', 'a']]), 1500)).to.deep.equal({ progress: [], fire: [{ source: 'ray-1', id: 'a' }] });
  });

  it('restarts the fill when the pointer moves to another target', () => {
    const d = new DwellTimer(1500);
    d.step(at([['ray-1', 'a']]), 0);
    d.step(at([['ray-1', 'b']]), 1000);
    expect(d.step(at([['ray-1', 'b']]), 2000)).to.deep.equal({ progress: [{ source: 'ray-1', id: 'b', fraction: 2 / 3 }], fire: [] });
    expect(d.step(at([['ray-1', 'b']]), 2500).fire).to.deep.equal([{ source: 'ray-1', id: 'b' }]);
  });

  it('resets when the pointer leaves for nothing, even for a moment', () => {
    const d = new DwellTimer(1500);
    d.step(at([['gaze', 'a']]), 0);
    d.step(at([['gaze', null]]), 1400);
    d.step(at([['gaze', 'a']]), 1450);
    expect(d.step(at([['gaze', 'a']]), 2900).fire).to.deep.equal([]);
    expect(d.step(at([]), 2910).progress).to.deep.equal([]);
  });

  it('does not fire again while the pointer stays; it must leave and come back', () => {
    const d = new DwellTimer(1500);
    d.step(at([['ray-1', 'a']]), 0);
    expect(d.step(at([['ray-1', 'a']]), 1500).fire).to.have.length(1);
    expect(d.step(at([['ray-1', 'a']]), 3100)).to.deep.equal({ progress: [], fire: [] });
    expect(d.step(at([['ray-1', 'a']]), 9000).fire).to.deep.equal([]);
    d.step(at([['ray-1', null]]), 9100);
    d.step(at([['ray-1', 'a']]), 9200);
    expect(d.step(at([['ray-1', 'a']]), 10700).fire).to.deep.equal([{ source: 'ray-1', id: 'a' }]);
  });

  it('times each pointer on its own: two hands on two targets', () => {
    const d = new DwellTimer(1000);
    d.step(at([['ray-l', 'a']]), 0);
    d.step(at([['ray-l', 'a'], ['ray-r', 'b']]), 500);
    expect(d.step(at([['ray-l', 'a'], ['ray-r', 'b']]), 1000)).to.deep.equal({
      progress: [{ source: 'ray-r', id: 'b', fraction: 0.5 }],
      fire: [{ source: 'ray-l', id: 'a' }],
    });
  });

  it('clear() forgets every rest, so a held pointer starts from zero', () => {
    const d = new DwellTimer(1000);
    d.step(at([['ray-1', 'a']]), 0);
    d.clear();
    expect(d.step(at([['ray-1', 'a']]), 900).progress[0]?.fraction).to.equal(0);
  });

  it('settle() counts what pointers rest on now as fired; used() does the same for a target used another way', () => {
    const d = new DwellTimer(1000);
    d.settle(at([['ray-1', 'a']]), 0);
    expect(d.step(at([['ray-1', 'a']]), 5000)).to.deep.equal({ progress: [], fire: [] });
    d.step(at([['ray-2', 'b']]), 5000);
    d.used('b');
    expect(d.step(at([['ray-2', 'b']]), 7000).fire).to.deep.equal([]);
  });
});
