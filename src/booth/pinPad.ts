import type { PanelControl } from '../ui/panelScreen';

/** Longest PIN the pad takes (the server accepts up to 64; operators use 6–12 digits). */
export const PIN_MAX = 12;

/** The PIN pad's keys: digits in phone order, delete, OK; target ids `key.<digit>`, `key.delete`, `key.ok`. */
export function pinKeys(labels: { delete: string; ok: string }, digits: number): PanelControl[] {
  const keys: PanelControl[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => ({ id: `key.${d}`, label: d, kind: 'key' }));
  keys.push({ id: 'key.delete', label: labels.delete, kind: 'key', enabled: digits > 0 }, { id: 'key.0', label: '0', kind: 'key' }, { id: 'key.ok', label: labels.ok, kind: 'key', tone: 'primary', enabled: digits >= 4 });
  return keys;
}

/** The entered PIN after a key: a digit appends (up to PIN_MAX), delete removes the last one. */
export function typePin(pin: string, keyId: string): string {
  if (keyId === 'key.delete') return pin.slice(0, -1);
  const d = /^key\.(\d)$/.exec(keyId)?.[1];
  return d && pin.length < PIN_MAX ? pin + d : pin;
}
