import { expect } from 'chai';
import type { Request } from 'playwright-core';
import { fieldErrorMessage } from '../../src/shared/validation';
import { useHall } from './support/hallHost';
import { renderedFrames } from './support/frames';
import { floorDistance, target, targets, viewer, waitForActivation, waitForViewerAtRest, events } from './hallQueries';

const PANEL = 'kiosk.kependudukan';
const keys = (text: string): string[] => Array.from(text, (c) => `${PANEL}.key.${c}`);
const isSubmit = (r: Request) => r.url().endsWith('/api/requests') && r.method() === 'POST';

describe('a kiosk when things go wrong (desktop mouse and keyboard on the VR panel)', function () {
  // Each test starts on a fresh page at the start of the hall.
  const hall = useHall({ open: { allowFailure: (r) => r.url.endsWith('/api/requests') } });
  let posts: Request[];

  /**
   * Presses panel controls in turn, each checked in the activation log: a mouse click where the
   * control is on screen and nothing covers it, else the keyboard through the accessible mirror:
   * focus its button, press Enter.
   */
  async function click(...ids: string[]): Promise<void> {
    for (const id of ids) {
      await hall().page
        .waitForFunction((wanted) => window.serviceHall!.targets().some((x) => x.id === wanted && x.enabled), id, { timeout: 2000 })
        .catch((error: Error) => {
          if (error.name !== 'TimeoutError') throw error; // reported below, with the target's state
        });
      const t = await target(hall().page, id);
      expect(t.enabled, `${id} enabled`).to.equal(true);
      const before = (await events(hall().page)).length;
      const onCanvas = t.screen && (await hall().page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', [t.screen.x, t.screen.y] as const));
      if (t.screen && onCanvas) {
        await hall().page.mouse.click(t.screen.x, t.screen.y);
      } else {
        const button = hall().page.locator(`[data-target-id="${id}"]`);
        await button.focus({ timeout: 5000 });
        await hall().page.keyboard.press('Enter');
      }
      await waitForActivation(hall().page, id, before);
    }
  }

  /** Walks up to the Kependudukan kiosk (click its entry on the welcome lectern) and opens the Akta Kelahiran form. */
  async function openAktaForm(): Promise<void> {
    await click('welcome.go.kependudukan');
    await hall().page.waitForFunction(() => {
      const h = window.serviceHall!;
      const spot = h.targets().find((t) => t.id === 'spot.kependudukan')!;
      const p = h.viewer().position;
      return Math.hypot(p[0] - spot.position[0], p[2] - spot.position[2]) < 0.2;
    }, undefined, { timeout: 20_000 });
    expect(floorDistance((await viewer(hall().page)).position, (await target(hall().page, 'spot.kependudukan')).position)).to.be.lessThan(0.2);
    // Let the glide end, then step back until the whole panel, footer included, is in view.
    await waitForViewerAtRest(hall().page);
    for (let i = 0; i < 10 && !(await target(hall().page, `${PANEL}.language`)).screen; i++) {
      await hall().page.keyboard.down('KeyS');
      await renderedFrames(hall().page, 7);
      await hall().page.keyboard.up('KeyS');
      await waitForViewerAtRest(hall().page);
    }
    await click(`${PANEL}.service:akta-kelahiran`, `${PANEL}.next`, `${PANEL}.accept`);
  }

  beforeEach(() => {
    posts = [];
    hall().page.on('request', (r) => {
      if (isSubmit(r)) posts.push(r);
    });
  });

  it('bad input: an invalid NIK gets a translated message at the field, and nothing is sent', async () => {
    await openAktaForm();
    await click(`${PANEL}.field.motherNik`, ...keys('1234'), `${PANEL}.key.ok`);
    const tab = await target(hall().page, `${PANEL}.field.motherNik`);
    expect(tab.label, 'the message is read at the NIK field').to.contain(fieldErrorMessage('nik_format', 'id'));
    await click(`${PANEL}.language`);
    const english = await target(hall().page, `${PANEL}.field.motherNik`);
    expect(english.label).to.contain(fieldErrorMessage('nik_format', 'en'));
    expect(english.label).to.not.contain(fieldErrorMessage('nik_format', 'id'));

    // Next refuses: the empty required fields get their message (the sign that Next was handled),
    // the form stays, with the error, and no request left the page.
    const required = fieldErrorMessage('required', 'en');
    expect((await targets(hall().page)).filter((t) => t.label.includes(required)), 'no required-field message before Next').to.deep.equal([]);
    await click(`${PANEL}.next`);
    await hall().page.waitForFunction((text) => window.serviceHall!.targets().some((t) => t.kind === 'field' && t.label.includes(text)), required);
    expect((await targets(hall().page)).some((t) => t.id === `${PANEL}.field.motherNik`), 'still on the form').to.equal(true);
    expect((await target(hall().page, `${PANEL}.field.motherNik`)).label).to.contain(fieldErrorMessage('nik_format', 'en'));
    expect(posts, 'POST /api/requests').to.have.length(0);
    hall().probe.assertClean('bad input');
  });
});
