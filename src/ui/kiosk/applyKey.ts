/** What a key does to the active field's text. */
export type KeyEffect = { kind: 'type'; text: string } | { kind: 'backspace' } | { kind: 'clear' };

/**
 * The new value of a field after one key: appends (up to `maxLength`), deletes the last character
 * or clears; pure, so the keypad and keyboard behave the same everywhere and are tested in Node.
 */
export function applyKey(value: string, effect: KeyEffect, maxLength?: number): string {
  switch (effect.kind) {
    case 'backspace':
      return Array.from(value).slice(0, -1).join('');
    case 'clear':
      return '';
    case 'type': {
      const next = value + effect.text;
      return maxLength !== undefined && Array.from(next).length > maxLength ? value : next;
    }
  }
}
