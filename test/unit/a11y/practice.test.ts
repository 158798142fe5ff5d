import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';
import { Practice, PRACTICE_ARRIVAL, PRACTICE_PAUSE, type PracticeStep } from '../../../src/a11y/practice';
import { PRACTICE_IDS, practiceOffer, practiceScreen } from '../../../src/ui/practiceScreen';

const strict = (locale: 'id' | 'en') => createI18n({ locale, onMissing: (key) => { throw new Error(`missing ${key}`); } });

describe('first-timer practice (Practice, practiceScreen)', () => {
  it('goes press → move → done, each success moving on by itself', () => {
    const p = new Practice();
    const seen: PracticeStep[] = [];
    p.onChange((s) => seen.push(s));
    p.track(0, 0.1); // standing on the ring before the practice runs is nothing
    p.start();
    p.track(0, 0.1); // not yet: the button comes first
    p.pressed();
    p.pressed();
    p.track(PRACTICE_ARRIVAL + 0.05, 0.1); // near, not on it
    expect(seen).to.deep.equal(['press', 'move']);
    p.track(PRACTICE_ARRIVAL, 0.1);
    expect(seen).to.deep.equal(['press', 'move', 'done']);
  });

  it('takes the visitor back once, after they have stood on the ring for the pause', () => {
    const p = new Practice();
    p.start();
    p.pressed();
    expect(p.track(0.2, 0.1), 'the landing frame').to.equal(false);
    const backs: number[] = [];
    for (let frame = 1; frame <= 30; frame++) if (p.track(1.2, 0.125)) backs.push(frame);
    expect(backs, 'frames (1/8 s each) when the hall takes them back').to.deep.equal([PRACTICE_PAUSE / 0.125]);
    expect(p.step(), 'the welcome says they are ready').to.equal('done');
  });

  it('does not take the visitor back after a skip during the pause', () => {
    const p = new Practice();
    p.start();
    p.pressed();
    p.track(0, 0.1);
    p.skip();
    for (let frame = 0; frame < 30; frame++) expect(p.track(1.2, 0.1)).to.equal(false);
  });

  it('can be skipped at any step, and started again by the next visitor', () => {
    const p = new Practice();
    p.start();
    p.pressed();
    p.skip();
    expect(p.step()).to.equal('off');
    p.pressed();
    expect(p.step(), 'a stray press after skipping').to.equal('off');
    p.start();
    expect(p.step()).to.equal('press');
  });

  it('teaches poke and pinch with hands, trigger and thumbstick with controllers, in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      const { t } = strict(locale);
      const hands = practiceScreen('press', 'hands', t);
      const pads = practiceScreen('press', 'controllers', t);
      expect(hands.controls.map((c) => c.id)).to.deep.equal([PRACTICE_IDS.press]);
      expect(hands.controls[0].featured, 'the big button').to.equal(true);
      expect(hands.footer!.map((c) => c.id)).to.deep.equal([PRACTICE_IDS.skip]);
      expect(hands.body).to.not.deep.equal(pads.body);
      const move = practiceScreen('move', 'hands', t);
      expect(move.controls).to.deep.equal([]);
      expect(move.footer!.map((c) => c.id)).to.deep.equal([PRACTICE_IDS.skip]);
      expect(move.body!.join(' ')).to.not.equal(practiceScreen('move', 'controllers', t).body!.join(' '));
      expect(practiceOffer(t).label).to.be.a('string').and.not.empty;
    }
    expect(practiceScreen('press', 'hands', strict('id').t).body![0]).to.match(/ujung jari telunjuk/);
    expect(practiceScreen('move', 'hands', strict('en').t).body!.join(' ')).to.match(/pinch/);
    expect(practiceScreen('press', 'controllers', strict('en').t).body![0]).to.match(/trigger/);
    expect(practiceScreen('move', 'controllers', strict('en').t).body!.join(' ')).to.match(/thumbstick/);
  });
});
