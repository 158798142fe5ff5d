import { expect } from 'chai';
import { createHallWipe } from '../../../src/booth/hallWipe';
import { BOOTH_STORAGE_KEY } from '../../../src/booth/boothMode';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import type { I18n } from '../../../src/i18n/createI18n';
import type { KioskFlow } from '../../../src/services';

/** A Storage whose keys are own properties, as `Object.keys(localStorage)` lists them in a browser. */
class MemoryStorage implements Storage {
  [key: string]: unknown;
  get length(): number { return Object.keys(this).length; }
  clear(): void { for (const k of Object.keys(this)) delete this[k]; }
  getItem(k: string): string | null { return Object.hasOwn(this, k) ? String(this[k]) : null; }
  key(i: number): string | null { return Object.keys(this)[i] ?? null; }
  removeItem(k: string): void { delete this[k]; }
  setItem(k: string, v: string): void { this[k] = String(v); }
}

/** The page globals the hall wipe touches, as a Node test can provide them; restored afterwards. */
const PAGE_GLOBALS = ['document', 'location', 'history', 'localStorage', 'sessionStorage'] as const;

describe('hall wipe', () => {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  let local: MemoryStorage;
  beforeEach(() => {
    for (const name of PAGE_GLOBALS) saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    local = new MemoryStorage();
    const page: Record<string, unknown> = {
      document: { title: 'Aula Layanan' },
      location: { hash: '', pathname: '/', search: '?booth=1' },
      history: { replaceState: () => undefined },
      localStorage: local,
      sessionStorage: new MemoryStorage(),
    };
    for (const name of PAGE_GLOBALS) Object.defineProperty(globalThis, name, { value: page[name], configurable: true, writable: true });
  });
  afterEach(() => {
    for (const [name, d] of saved) {
      if (d) Object.defineProperty(globalThis, name, d);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  });

  it('cancels the flows, forgets the activation log (keypad ids spell a NIK) and keeps only the booth setting', () => {
    const registry = new InteractionRegistry();
    for (const digit of ['7', '3']) {
      registry.register({ id: `kiosk.kependudukan.key.${digit}`, kind: 'key', group: 'kiosk.kependudukan', label: () => digit, enabled: () => true, pose: () => ({ position: [0, 1, 0], normal: [0, 0, -1], up: [0, 1, 0], size: [0.05, 0.05] }), onActivate: () => undefined });
      registry.activate(`kiosk.kependudukan.key.${digit}`, 'poke');
    }
    let screen = 'form';
    const flow = { cancel: () => { screen = 'services'; }, view: () => ({ screen }) } as unknown as KioskFlow;
    const i18n = { setLocale: () => undefined } as unknown as I18n;
    local.setItem(BOOTH_STORAGE_KEY, '{"on":true}');
    local.setItem('draft', 'Qiz');
    const wipe = createHallWipe({ flows: [flow], voices: [], i18n, locale: () => 'id', home: () => undefined, speech: null, hideNotices: () => undefined, activations: registry });

    expect(wipe.run('idle')).to.deep.equal({ reason: 'idle', hadPersonalData: true });
    expect(screen).to.equal('services');
    expect(registry.events(), 'serviceHall.events() reads this log').to.deep.equal([]);
    expect(Object.keys(local), 'what a visitor left in storage is gone').to.deep.equal([BOOTH_STORAGE_KEY]);
  });
});
