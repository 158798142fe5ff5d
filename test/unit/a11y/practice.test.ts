import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';
import { Practice, type PracticeStep } from '../../../src/a11y/practice';
import { PRACTICE_IDS, practiceOffer, practiceScreen } from '../../../src/ui/practiceScreen';

const strict = (locale: 'id' | 'en') => createI18n({ locale, onMissing: (key) => { throw new Error(`missing ${key}`); } });

describe('first-timer practice (Practice, practiceScreen)', () => {
  it('goes press → move → done, each success moving on by itself', () => {
    const p = new Practice();
    const seen: PracticeStep[] = [];
    p.onChange((s) => seen.push(s));
    p.arrived(); // landing somewhere before the practice runs is nothing
    p.start();
    p.arrived(); // not yet: the button comes first
    p.pressed();
    p.pressed();
    p.arrived();
    expect(seen).to.deep.equal(['press', 'move', 'done']);
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
