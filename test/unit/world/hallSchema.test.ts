import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseHall } from '../../../src/world/hallSchema';
import { HallError } from '../../../src/world/hallError';
import { KIOSK_IDS } from '../../../src/shared/catalogue/types';

const FILE = 'scenes/hall.json';
const raw = (): Record<string, any> => JSON.parse(readFileSync(new URL('../../../scenes/hall.json', import.meta.url), 'utf8'));

/** Parses a broken copy of the shipped file and returns the error message. */
function messageFor(mutate: (d: Record<string, any>) => void): string {
  const data = raw();
  mutate(data);
  try {
    parseHall(data, FILE);
  } catch (err) {
    expect(err).to.be.instanceOf(HallError);
    return (err as Error).message;
  }
  throw new Error('parseHall accepted broken data');
}

describe('parseHall', () => {
  it('accepts the shipped scenes/hall.json with one kiosk for each of the 8 service areas', () => {
    const hall = parseHall(raw(), FILE);
    expect(hall.kiosks.map((k) => k.id).sort()).to.deep.equal([...KIOSK_IDS].sort());
    expect(hall.kiosks).to.have.length(8);
    for (const k of hall.kiosks) {
      expect(k.titleKey).to.equal(`kiosk.${k.id}.title`);
      expect(k.subtitleKey).to.equal(`kiosk.${k.id}.subtitle`);
    }
    expect(hall.welcome.titleKey).to.equal('hall.welcome.title');
  });

  const broken: [string, (d: Record<string, any>) => void, string][] = [
    ['a kiosk coordinate that is text', (d) => (d.kiosks[2].position[1] = 'x'), `${FILE}: kiosks[2].position[1]: expected a number, got "x"`],
    ['a position with two numbers', (d) => (d.kiosks[0].position = [1, 2]), `${FILE}: kiosks[0].position: expected an [x, y, z] array of 3 numbers (metres), got an array of 2`],
    ['an unknown kiosk id', (d) => (d.kiosks[1].id = 'pasar'), `${FILE}: kiosks[1].id: expected one of ${KIOSK_IDS.join(', ')}, got "pasar"`],
    ['a title key for another kiosk', (d) => (d.kiosks[0].titleKey = 'kiosk.pajak.title'), `${FILE}: kiosks[0].titleKey: expected "kiosk.kependudukan.title", got "kiosk.pajak.title"`],
    ['a colour name instead of hex', (d) => (d.kiosks[3].accent = 'green'), `${FILE}: kiosks[3].accent: expected a colour like "#c8102e", got "green"`],
    ['an unknown zone', (d) => (d.kiosks[4].zone = 'pasar'), `${FILE}: kiosks[4].zone: expected a zone id (one of administrasi, sosial, bantuan), got "pasar"`],
    ['a missing officer', (d) => delete d.kiosks[5].officer, `${FILE}: kiosks[5].officer: expected a value for "officer", got nothing (missing)`],
    ['an officer 3 m tall', (d) => (d.kiosks[6].officer.height = 3), `${FILE}: kiosks[6].officer.height: expected a number from 1.4 to 2, got number 3`],
    ['an unknown headwear', (d) => (d.kiosks[0].officer.headwear = 'helmet'), `${FILE}: kiosks[0].officer.headwear: expected one of none, peci, hijab, got "helmet"`],
    ['a misspelt key', (d) => (d.kiosks[0].postion = [0, 0, 0]), `${FILE}: kiosks[0].postion: expected no such key (allowed: id, zone, position, yaw, titleKey, subtitleKey, accent, standSpot, officer), got an array of 3`],
    ['a stand spot behind the counter', (d) => {
      const k = d.kiosks[0];
      const yaw = (k.yaw * Math.PI) / 180;
      k.standSpot = [k.position[0] - 0.9 * Math.sin(yaw), 0, k.position[2] - 0.9 * Math.cos(yaw)];
    }, `${FILE}: kiosks[0].standSpot: expected a floor point 0.6 to 1.6 m in front of the kiosk (along its yaw), centred, got an array of 3`],
    ['two kiosks on top of each other', (d) => {
      d.kiosks[1].position = [...d.kiosks[0].position];
      d.kiosks[1].yaw = d.kiosks[0].yaw;
      d.kiosks[1].standSpot = [...d.kiosks[0].standSpot];
    }, `${FILE}: kiosks[1].position: expected a position at least 2.2 m from kiosks[0] (kependudukan), got an array of 3`],
    ['an empty kiosk list', (d) => (d.kiosks = []), `${FILE}: kiosks: expected an array with at least 1 item(s), got an array of 0`],
    ['a room that is not an object', (d) => (d.room = 'big'), `${FILE}: room: expected an object, got "big"`],
    ['a negative room width', (d) => (d.room.width = -3), `${FILE}: room.width: expected a number from 4 to 60, got number -3`],
    ['a welcome panel tilted 90 degrees', (d) => (d.welcome.panel.tilt = 90), `${FILE}: welcome.panel.tilt: expected a number from 0 to 45, got number 90`],
    ['a model from another origin', (d) => (d.motifs.pinisi.model = 'https://cdn.example.com/pinisi.glb'), `${FILE}: motifs.pinisi.model: expected a relative model URL like "models/pinisi.glb", got "https://cdn.example.com/pinisi.glb"`],
    ['Losari letters without a glyph', (d) => (d.motifs.losari.text = 'PANTAI LOSARI!'), `${FILE}: motifs.losari.text: expected letters from the block font (ACEIKLMNOPRST and space), got "PANTAI LOSARI!"`],
    ['a sign with both a key and a text', (d) => (d.signs[0].text = 'Selamat'), `${FILE}: signs[0].textKey: expected exactly one of "textKey" (translated) or "text" (a proper name), got "hall.welcome.title"`],
    ['a sign letter height of 0', (d) => (d.signs[1].letterHeight = 0), `${FILE}: signs[1].letterHeight: expected a number from 0.01 to 2, got number 0`],
    ['a wrong version', (d) => (d.version = 2), `${FILE}: version: expected 1, got number 2`],
  ];
  for (const [what, mutate, message] of broken) {
    it(`rejects ${what} with the file, the JSON path and what was expected`, () => {
      expect(messageFor(mutate)).to.equal(message);
    });
  }

  it('rejects a duplicate kiosk id', () => {
    expect(
      messageFor((d) => {
        d.kiosks[7].id = 'pajak';
        d.kiosks[7].titleKey = 'kiosk.pajak.title';
        d.kiosks[7].subtitleKey = 'kiosk.pajak.subtitle';
      }),
    ).to.equal(`${FILE}: kiosks[7].id: expected a kiosk id not used by another kiosk, got "pajak"`);
  });

  it('rejects a hall that leaves out a service area', () => {
    expect(messageFor((d) => d.kiosks.splice(5, 1))).to.equal(
      `${FILE}: kiosks: expected one kiosk for every service area (missing: pengaduan), got an array of 7`,
    );
  });

  it('rejects a duplicate zone id', () => {
    expect(messageFor((d) => (d.zones[1].id = 'administrasi'))).to.equal(
      `${FILE}: zones[1].id: expected a zone id not used by another zone, got "administrasi"`,
    );
  });

  it('rejects data that is not an object at all, naming the file', () => {
    expect(() => parseHall(null, 'other.json')).to.throw(HallError, 'other.json: (root): expected an object, got null');
  });
});
