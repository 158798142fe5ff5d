import { expect } from 'chai';
import { Wipe } from '../../../src/booth/wipe';
import { boothAtStart, readBooth, writeBooth, BOOTH_STORAGE_KEY } from '../../../src/booth/boothMode';
import { holdsPersonalData } from '../../../src/booth/personalData';

/** A Storage over a Map (Node has no localStorage). */
class MemoryStorage implements Storage {
  private readonly m = new Map<string, string>();
  get length(): number { return this.m.size; }
  clear(): void { this.m.clear(); }
  getItem(k: string): string | null { return this.m.get(k) ?? null; }
  key(i: number): string | null { return [...this.m.keys()][i] ?? null; }
  removeItem(k: string): void { this.m.delete(k); }
  setItem(k: string, v: string): void { this.m.set(k, String(v)); }
}

describe('Wipe', () => {
  it('runs every step in order, then tells listeners whether personal data was held; unsubscribe works', () => {
    const log: string[] = [];
    let personal = true;
    const wipe = new Wipe({ steps: [() => log.push('cancel'), () => { personal = false; log.push('home'); }], holdsPersonalData: () => personal });
    const events: unknown[] = [];
    const stop = wipe.onWipe((e) => events.push(e));
    expect(wipe.run('idle')).to.deep.equal({ reason: 'idle', hadPersonalData: true });
    wipe.run('reset');
    stop();
    wipe.run('done');
    expect(log).to.deep.equal(['cancel', 'home', 'cancel', 'home', 'cancel', 'home']);
    expect(events).to.deep.equal([{ reason: 'idle', hadPersonalData: true }, { reason: 'reset', hadPersonalData: false }]);
    expect(wipe.runs()).to.equal(3);
  });

  it('a failing step does not stop the others or the listeners', () => {
    const log: string[] = [];
    const wipe = new Wipe({ steps: [() => { throw new Error('NIK 7371054505950002'); }, () => log.push('after')], holdsPersonalData: () => false });
    wipe.onWipe(() => log.push('listener'));
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      wipe.run('operator');
    } finally {
      console.error = original;
    }
    expect(log).to.deep.equal(['after', 'listener']);
    expect(JSON.stringify(errors), 'the log line does not quote the error message').to.not.contain('7371');
  });

  it('personal data: form, review, result, survey, bill and status screens; not the services list or information', () => {
    for (const s of ['form', 'slot', 'review', 'result', 'survey', 'thanks', 'lookupResult', 'statusResult'] as const) expect(holdsPersonalData(s), s).to.equal(true);
    for (const s of ['services', 'requirements', 'consent', 'info'] as const) expect(holdsPersonalData(s), s).to.equal(false);
  });
});

describe('booth mode setting', () => {
  it('?booth=1 turns it on and the device remembers it; no URL turns it off', () => {
    const storage = new MemoryStorage();
    expect(boothAtStart('', storage).on).to.equal(false);
    expect(boothAtStart('?booth=1', storage).on).to.equal(true);
    expect(boothAtStart('', storage).on, 'the installed PWA starts at / and is still a booth').to.equal(true);
    expect(boothAtStart('?booth=0', storage).on).to.equal(true);
    writeBooth(storage, { ...readBooth(storage), on: false });
    expect(storage.getItem(BOOTH_STORAGE_KEY)).to.equal(null);
    expect(boothAtStart('', storage).on).to.equal(false);
  });

  it('reads garbage as off and keeps the token, language and seated choice', () => {
    const storage = new MemoryStorage();
    storage.setItem(BOOTH_STORAGE_KEY, '{not json');
    expect(readBooth(storage).on).to.equal(false);
    const pinCheck = { salt: '00', hash: 'ff', iterations: 1 };
    writeBooth(storage, { on: true, token: 'abc', defaultLocale: 'en', seated: true, pinCheck });
    expect(readBooth(storage)).to.deep.equal({ on: true, token: 'abc', defaultLocale: 'en', seated: true, pinCheck });
  });
});
