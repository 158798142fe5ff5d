import { expect } from 'chai';
import { KIOSK_IDS, parseCatalogue } from '../../../src/shared/catalogue';
import { viewToScreen } from '../../../src/ui/kiosk/viewToScreen';
import { catalogue, makeFlow } from './flowHarness';
import { formText, LANGUAGE, PANEL } from '../ui/kiosk/kioskTestKit';

describe('the most common service first and largest (issue 8)', () => {
  const kiosks = KIOSK_IDS.filter((k) => catalogue.services.some((s) => s.kiosk === k));

  it('every kiosk with services names exactly one most common service in the catalogue', () => {
    for (const k of kiosks) expect(catalogue.services.filter((s) => s.kiosk === k && s.common).length, k).to.equal(1);
  });

  for (const kiosk of ['kependudukan', 'pendidikan', 'informasi'] as const) {
    it(`${kiosk}: the first screen lists it first, on a row of its own, taller and in larger type than every other choice`, () => {
      const common = catalogue.services.find((s) => s.kiosk === kiosk && s.common)!;
      const { flow, i18n } = makeFlow(kiosk);
      const view = flow.view();
      expect(view.screen).to.equal('services');
      const choices = view.actions.filter((a) => a.id.startsWith('service:'));
      expect(choices[0].id).to.equal(`service:${common.id}`);
      const { layout } = viewToScreen(view, { active: null, face: 'lower' }, formText(i18n), LANGUAGE, PANEL);
      expect(layout.overflow).to.equal(false);
      const laid = layout.controls.filter((c) => c.control.id.startsWith('service:'));
      const [first, ...others] = laid;
      expect(first.control.id).to.equal(`service:${common.id}`);
      for (const o of others) {
        expect(first.rect.w * first.rect.h, `${first.control.id} larger than ${o.control.id}`).to.be.greaterThan(o.rect.w * o.rect.h);
        expect(first.rect.h).to.be.greaterThan(o.rect.h);
        expect(first.textSize).to.be.greaterThan(o.textSize);
        expect(first.rect.y - first.rect.h / 2, `${o.control.id} below it`).to.be.greaterThan(o.rect.y + o.rect.h / 2);
      }
    });
  }

  it('the catalogue refuses two most common services at one kiosk', () => {
    const raw = JSON.parse(JSON.stringify({ ...catalogue, services: catalogue.services.map((s) => (s.kiosk === 'kependudukan' ? { ...s, common: true } : s)) }));
    expect(() => parseCatalogue(raw, 'catalogue.json')).to.throw(/common/);
  });
});
