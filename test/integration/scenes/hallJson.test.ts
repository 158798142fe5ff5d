import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { parseHall } from '../../../src/world/hallSchema';
import { parseCatalogue } from '../../../src/shared/catalogue';
import { flattenMessages, type MessageTree } from '../../../src/i18n/flattenMessages';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const hall = parseHall(read('scenes/hall.json'), 'scenes/hall.json');

describe('scenes/hall.json against the rest of the product', () => {
  it('has a kiosk for every kiosk the service catalogue uses', () => {
    const catalogue = parseCatalogue(read('scenes/catalogue.json'), 'scenes/catalogue.json');
    const kiosks = new Set(hall.kiosks.map((k) => k.id));
    expect([...new Set(catalogue.services.map((s) => s.kiosk))].filter((k) => !kiosks.has(k))).to.deep.equal([]);
  });

  it('uses only label keys that both locale files translate', () => {
    const keys = [
      hall.welcome.titleKey,
      hall.welcome.bodyKey,
      ...hall.zones.map((z) => z.titleKey),
      ...hall.signs.flatMap((s) => (s.textKey ? [s.textKey] : [])),
      ...hall.kiosks.flatMap((k) => [k.titleKey, k.subtitleKey]),
    ];
    for (const locale of ['id', 'en']) {
      const table = flattenMessages(read(`static/locales/${locale}.json`) as MessageTree);
      expect(keys.filter((k) => !table.has(k)), locale).to.deep.equal([]);
    }
  });

  it('ships every model it names under static/', () => {
    expect(existsSync(new URL(`../../../static/${hall.motifs.pinisi.model}`, import.meta.url))).to.equal(true);
  });

  it('keeps the layout inside the room and the kiosks in a horseshoe in front of the welcome point', () => {
    const { room, welcome } = hall;
    const inside = ([x, , z]: number[]) =>
      Math.abs(x - room.center[0]) < room.width / 2 - 0.5 && Math.abs(z - room.center[2]) < room.depth / 2 - 0.5;
    expect(inside(welcome.position), 'welcome point').to.equal(true);
    const yaw = (welcome.yaw * Math.PI) / 180;
    const forward = [Math.sin(yaw), Math.cos(yaw)];
    for (const k of hall.kiosks) {
      expect(inside(k.position), `${k.id} inside`).to.equal(true);
      expect(inside(k.standSpot), `${k.id} stand spot inside`).to.equal(true);
      const dx = k.position[0] - welcome.position[0];
      const dz = k.position[2] - welcome.position[2];
      const distance = Math.hypot(dx, dz);
      expect(distance, `${k.id} distance`).to.be.within(2.5, 6);
      // Within 80 degrees either side of where the visitor looks at the start.
      expect((dx * forward[0] + dz * forward[1]) / distance, `${k.id} in view`).to.be.above(Math.cos((80 * Math.PI) / 180));
    }
    for (let i = 1; i < hall.kiosks.length; i++) {
      const [a, b] = [hall.kiosks[i - 1].position, hall.kiosks[i].position];
      expect(Math.hypot(a[0] - b[0], a[2] - b[2]), 'neighbours about 2.5 m apart').to.be.within(2.2, 2.8);
    }
  });
});
