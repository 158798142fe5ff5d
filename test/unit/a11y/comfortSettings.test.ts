import { expect } from 'chai';
import { ComfortSettings, DEFAULT_COMFORT } from '../../../src/a11y/comfortSettings';

describe('ComfortSettings', () => {
  it('starts a visitor on the defaults: 100 % text, captions on the panel, no dwell', () => {
    expect(new ComfortSettings().get()).to.deep.equal(DEFAULT_COMFORT);
  });

  it('tells listeners which choice changed, and only when it really changed', () => {
    const s = new ComfortSettings();
    const heard: string[] = [];
    s.onChange((c, k) => heard.push(`${k}=${String(c.textScale)}`));
    s.set('textScale', 1.5);
    s.set('textScale', 1.5);
    expect(heard).to.deep.equal(['textScale=1.5']);
  });

  it('reset (a wipe) returns every choice to the defaults and says so once', () => {
    const s = new ComfortSettings();
    s.set('dwell', true);
    s.set('captionPlace', 'view');
    const heard: string[] = [];
    s.onChange((_, k) => heard.push(k));
    s.reset();
    s.reset();
    expect(s.get()).to.deep.equal(DEFAULT_COMFORT);
    expect(heard).to.deep.equal(['all']);
  });

  it('stops calling a listener once it unsubscribes', () => {
    const s = new ComfortSettings();
    let calls = 0;
    const stop = s.onChange(() => calls++);
    stop();
    s.set('highContrast', true);
    expect(calls).to.equal(0);
  });
});
