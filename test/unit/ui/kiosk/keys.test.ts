import { expect } from 'chai';
import { applyKey } from '../../../../src/ui/kiosk/applyKey';
import { keyboardKeys, keypadKeys, type KeyLabels, type KeySpec } from '../../../../src/ui/kiosk/inputKeys';
import { dateStep, isoToday } from '../../../../src/ui/kiosk/dateStep';

const LABELS: KeyLabels = { ok: 'OK', delete: 'Hapus', clear: 'Kosongkan', space: 'Spasi', shift: 'Shift', done: 'Selesai' };
const typed = (keys: KeySpec[][]): string[] =>
  keys.flat().flatMap((k) => (k.command.kind === 'key' && k.command.effect.kind === 'type' ? [k.command.effect.text] : []));

describe('applyKey', () => {
  it('appends, deletes the last character and clears', () => {
    let v = '';
    for (const d of '7371') v = applyKey(v, { kind: 'type', text: d });
    expect(v).to.equal('7371');
    v = applyKey(v, { kind: 'backspace' });
    expect(v).to.equal('737');
    expect(applyKey(v, { kind: 'clear' })).to.equal('');
    expect(applyKey('', { kind: 'backspace' })).to.equal('');
  });

  it('stops at the field length limit and deletes whole characters', () => {
    expect(applyKey('abc', { kind: 'type', text: 'd' }, 3)).to.equal('abc');
    expect(applyKey('ab', { kind: 'type', text: 'c' }, 3)).to.equal('abc');
    expect(applyKey('Daeng 😊', { kind: 'backspace' })).to.equal('Daeng ');
  });
});

describe('keypad and keyboard keys', () => {
  it('gives the keypad 0–9, delete, clear and OK, and + only for phone numbers', () => {
    const nik = keypadKeys('nik', LABELS);
    expect(typed(nik).sort()).to.deep.equal('0123456789'.split(''));
    const ids = nik.flat().map((k) => k.id);
    expect(ids).to.include.members(['key.back', 'key.clear', 'key.ok']);
    expect(typed(keypadKeys('phone', LABELS))).to.include('+');
    expect(nik.flat().find((k) => k.id === 'key.back')!.label).to.equal('Hapus');
  });

  it('gives the keyboard every letter, capitals after shift, digits on the symbols face, and space', () => {
    const lower = typed(keyboardKeys('lower', LABELS));
    expect(lower.filter((c) => /[a-z]/.test(c)).sort().join('')).to.equal('abcdefghijklmnopqrstuvwxyz');
    expect(lower).to.include(' ');
    const upper = typed(keyboardKeys('upper', LABELS));
    expect(upper.filter((c) => /[A-Z]/.test(c))).to.have.length(26);
    const symbols = typed(keyboardKeys('symbols', LABELS));
    expect(symbols.filter((c) => /[0-9]/.test(c)).sort().join('')).to.equal('0123456789');
    expect(symbols).to.include.members(['-', '/', '.', ',']);
    for (const face of ['lower', 'upper', 'symbols'] as const) {
      for (const row of keyboardKeys(face, LABELS)) expect(row.reduce((s, k) => s + k.units, 0), `${face} row width`).to.be.at.most(10);
      const ids = keyboardKeys(face, LABELS).flat().map((k) => k.id);
      expect(new Set(ids).size, `${face}: unique key ids`).to.equal(ids.length);
    }
  });
});

describe('dateStep (the big-button date picker)', () => {
  it('steps days, months and years, wrapping days and months', () => {
    expect(dateStep('2026-11-27', 'day', 1, '2000-01-01')).to.equal('2026-11-28');
    expect(dateStep('2026-11-30', 'day', 1, '2000-01-01')).to.equal('2026-11-01');
    expect(dateStep('2026-11-01', 'day', -1, '2000-01-01')).to.equal('2026-11-30');
    expect(dateStep('2026-12-15', 'month', 1, '2000-01-01')).to.equal('2026-01-15');
    expect(dateStep('2026-01-15', 'month', -1, '2000-01-01')).to.equal('2026-12-15');
    expect(dateStep('2026-11-27', 'year', -10, '2000-01-01')).to.equal('2016-11-27');
  });

  it('clamps the day to the month (31 Jan + 1 month, 29 Feb - 1 year)', () => {
    expect(dateStep('2026-01-31', 'month', 1, '2000-01-01')).to.equal('2026-02-28');
    expect(dateStep('2024-02-29', 'year', -1, '2000-01-01')).to.equal('2023-02-28');
  });

  it('starts from the fallback (today) when the field is empty', () => {
    expect(dateStep('', 'day', 1, '2026-11-27')).to.equal('2026-11-28');
    expect(isoToday(new Date(2026, 0, 5))).to.equal('2026-01-05');
  });
});
