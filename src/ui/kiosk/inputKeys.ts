import type { KeyEffect } from './applyKey';

/** Translated labels of the special keys. */
export interface KeyLabels {
  ok: string;
  delete: string;
  clear: string;
  space: string;
  shift: string;
  done: string;
}

/** The on-panel keyboard's three faces. */
export type KeyboardFace = 'lower' | 'upper' | 'symbols';

/** What pressing a key does, besides typing. */
export type KeyCommand =
  | { kind: 'key'; effect: KeyEffect }
  | { kind: 'ok' }
  | { kind: 'face'; face: KeyboardFace };

/** One key of a keypad or keyboard: its control id, label, width in grid units and what it does. */
export interface KeySpec {
  id: string;
  label: string;
  units: number;
  command: KeyCommand;
  tone?: 'primary' | 'normal' | 'quiet' | 'danger';
}

const NAMED: Record<string, string> = { ' ': 'space', '+': 'plus', '.': 'dot', ',': 'comma', '-': 'dash', "'": 'apos', '/': 'slash', '@': 'at', '(': 'lparen', ')': 'rparen', '&': 'amp', '#': 'hash' };

/** A key that types `ch`; its id is `key.<ch>` for letters and digits (`key.A`, `key.7`), named otherwise. */
function typeKey(ch: string, units = 1, label = ch): KeySpec {
  const name = NAMED[ch] ?? ch;
  return { id: `key.${name}`, label, units, command: { kind: 'key', effect: { kind: 'type', text: ch } } };
}

const backspace = (l: KeyLabels, units: number): KeySpec => ({ id: 'key.back', label: l.delete, units, command: { kind: 'key', effect: { kind: 'backspace' } }, tone: 'quiet' });
const clear = (l: KeyLabels, units: number): KeySpec => ({ id: 'key.clear', label: l.clear, units, command: { kind: 'key', effect: { kind: 'clear' } }, tone: 'quiet' });

/**
 * The large numeric keypad for NIK, No. KK, NOP and phone numbers: 0–9, delete, clear, OK, and `+`
 * only for phone numbers (`+62…`). Four columns, four rows.
 */
export function keypadKeys(fieldType: string, l: KeyLabels): KeySpec[][] {
  const d = (s: string) => s.split('').map((c) => typeKey(c));
  const ok: KeySpec = { id: 'key.ok', label: l.ok, units: 1, command: { kind: 'ok' }, tone: 'primary' };
  return [
    [...d('123'), backspace(l, 1)],
    [...d('456'), clear(l, 1)],
    [...d('789'), ...(fieldType === 'phone' ? [typeKey('+')] : [])],
    [typeKey('0', 3), ok],
  ];
}

/**
 * The on-panel QWERTY keyboard, ten units wide: letters (shift toggles capitals), a symbols face
 * with digits and the punctuation names and addresses need, space, delete, clear and Done.
 */
export function keyboardKeys(face: KeyboardFace, l: KeyLabels): KeySpec[][] {
  const row = (s: string) => s.split('').map((c) => typeKey(c));
  const letters = (s: string) => row(face === 'upper' ? s.toUpperCase() : s);
  const shift: KeySpec = { id: 'key.shift', label: face === 'upper' ? l.shift.toUpperCase() : l.shift, units: 1, command: { kind: 'face', face: face === 'upper' ? 'lower' : 'upper' }, tone: face === 'upper' ? 'primary' : 'quiet' };
  const faceToggle: KeySpec = { id: 'key.symbols', label: face === 'symbols' ? 'ABC' : '123', units: 1.5, command: { kind: 'face', face: face === 'symbols' ? 'lower' : 'symbols' }, tone: 'quiet' };
  const bottom: KeySpec[] = [faceToggle, typeKey(' ', 3.5, l.space), clear(l, 1.5), backspace(l, 1.5), { id: 'key.ok', label: l.done, units: 2, command: { kind: 'ok' }, tone: 'primary' }];
  if (face === 'symbols') {
    return [row('1234567890'), row("-/.,'()&@#"), row('+!?:;=*%'), bottom];
  }
  return [letters('qwertyuiop'), [...letters('asdfghjkl'), typeKey("'")], [shift, ...letters('zxcvbnm'), typeKey(','), typeKey('.')], bottom];
}
