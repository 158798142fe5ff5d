import { expect } from 'chai';
import { makePinCheck, PinAttempts, pinMatches } from '../../../src/booth/operatorPin';
import { pinKeys, typePin, PIN_MAX } from '../../../src/booth/pinPad';
import { TriplePress } from '../../../src/booth/operatorOpener';

describe('booth operator', () => {
  it('stores a salted PBKDF2 check of the PIN, never the PIN, and matches only the right PIN', async () => {
    const check = await makePinCheck('246810');
    expect(JSON.stringify(check)).to.not.contain('246810');
    expect(await pinMatches('246810', check)).to.equal(true);
    expect(await pinMatches('246811', check)).to.equal(false);
    const again = await makePinCheck('246810');
    expect(again.salt).to.not.equal(check.salt);
  });

  it('wrong PINs: two free tries, then 30 s doubling up to an hour; the right PIN clears it', () => {
    const a = new PinAttempts();
    a.fail(0);
    a.fail(0);
    expect(a.waitSeconds(0)).to.equal(0);
    a.fail(0);
    expect(a.waitSeconds(0)).to.equal(30);
    a.fail(30_000);
    expect(a.waitSeconds(30_000)).to.equal(60);
    for (let i = 0; i < 20; i++) a.fail(100_000);
    expect(a.waitSeconds(100_000)).to.equal(3600);
    a.succeed();
    expect(a.waitSeconds(100_000)).to.equal(0);
  });

  it('the PIN pad types digits up to the maximum, deletes, and enables OK from 4 digits', () => {
    let pin = '';
    for (const k of ['key.1', 'key.2', 'key.x', 'key.delete', 'key.3']) pin = typePin(pin, k);
    expect(pin).to.equal('13');
    for (let i = 0; i < 20; i++) pin = typePin(pin, 'key.9');
    expect(pin).to.have.length(PIN_MAX);
    const ok = (n: number) => pinKeys({ delete: 'Hapus', ok: 'OK' }, n).find((k) => k.id === 'key.ok')!.enabled;
    expect(ok(3)).to.equal(false);
    expect(ok(4)).to.equal(true);
    expect(pinKeys({ delete: 'Hapus', ok: 'OK' }, 0).map((k) => k.id)).to.have.length(12);
  });

  it('the hidden opener needs three presses within 6 s', () => {
    const t = new TriplePress();
    expect(t.press(0)).to.equal(false);
    expect(t.press(1000)).to.equal(false);
    expect(t.press(6500), 'the first press is too old').to.equal(false);
    expect(t.press(6900)).to.equal(true);
    expect(t.press(7000), 'starts over').to.equal(false);
  });
});
