import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { parseOfficeHours, unitHours, witaClock } from '../../../src/shared/live/officeHours';

const file = 'scenes/officeHours.json';
const shipped = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('office hours data (scenes/officeHours.json)', () => {
  it('the shipped file is valid and covers every service unit', () => {
    const hours = parseOfficeHours(shipped(), file);
    expect(Object.keys(hours.units)).to.have.length(8);
    expect(hours.holidays.length).to.be.greaterThan(10);
  });

  it('opens in WITA (UTC+8): Monday 08:00 WITA is 00:00 UTC', () => {
    const hours = parseOfficeHours(shipped(), file);
    expect(witaClock(new Date('2026-12-07T00:00:00Z'))).to.deep.equal({ date: '2026-12-07', weekday: 'mon', minute: 480 });
    expect(unitHours(hours, 'kependudukan', new Date('2026-12-06T23:59:00Z')).open).to.equal(false);
    expect(unitHours(hours, 'kependudukan', new Date('2026-12-07T00:00:00Z'))).to.deep.equal({ open: true, today: ['08:00–15:30'], holiday: null });
    expect(unitHours(hours, 'kependudukan', new Date('2026-12-07T07:30:00Z')).open).to.equal(false);
  });

  it('Friday prayer break, Saturday per unit, and holidays close', () => {
    const hours = parseOfficeHours(shipped(), file);
    expect(unitHours(hours, 'perizinan', new Date('2026-12-04T04:00:00Z')).open).to.equal(false); // Fri 12:00 WITA
    expect(unitHours(hours, 'perizinan', new Date('2026-12-04T06:00:00Z')).open).to.equal(true); // Fri 14:00 WITA
    expect(unitHours(hours, 'pajak', new Date('2026-12-05T02:00:00Z')).open).to.equal(true); // Sat 10:00 WITA
    expect(unitHours(hours, 'perizinan', new Date('2026-12-05T02:00:00Z')).open).to.equal(false);
    const christmas = unitHours(hours, 'kependudukan', new Date('2026-12-25T02:00:00Z'));
    expect(christmas.open).to.equal(false);
    expect(christmas.holiday?.en).to.equal('Christmas Day');
  });

  it('rejects bad data with file, JSON path and expectation', () => {
    const bad = (mutate: (d: Record<string, any>) => void) => {
      const d = shipped() as Record<string, any>;
      mutate(d);
      return () => parseOfficeHours(d, file);
    };
    expect(bad((d) => (d.defaults.mon = '16:00-08:00'))).to.throw(/officeHours\.json: defaults\.mon: expected/);
    expect(bad((d) => (d.units.pajak.sat = '8-12'))).to.throw(/units\.pajak\.sat: expected/);
    expect(bad((d) => delete d.units.status)).to.throw(/units\.status: expected an entry for every service unit/);
    expect(bad((d) => (d.units.kantin = {}))).to.throw(/units\.kantin: expected a service unit/);
    expect(bad((d) => (d.holidays[0].date = '2026-13-01'))).to.throw(/holidays\[0\]\.date: expected a date/);
    expect(bad((d) => (d.defaults.holiday = null))).to.throw(/defaults\.holiday: expected one of/);
  });
});
