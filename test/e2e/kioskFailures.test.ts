import { expect } from 'chai';
import type { Request, Response } from 'playwright-core';
import { fieldErrorMessage } from '../../src/shared/validation';
import { useHall } from './support/hallHost';
import { outboxContents, waitForOutbox } from './support/outbox';
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

  it('the API down after filing: the result shows the code the server filed, kept on the device, and delivery files nothing twice', async function () {
    this.timeout(240_000);
    const { page } = hall();
    await openAktaForm();
    await click(`${PANEL}.key.shift`, ...keys('Ani'), `${PANEL}.key.ok`, `${PANEL}.option.female`, `${PANEL}.key.ok`);
    await click(...keys('rs'), `${PANEL}.key.ok`);
    await click(...keys('7371012345670001'), `${PANEL}.key.ok`, ...keys('7371054505950002'), `${PANEL}.key.ok`);
    await click(`${PANEL}.field.phone`, ...keys('0812345678'), `${PANEL}.next`);
    expect((await targets(page)).some((t) => t.id === `${PANEL}.submit`), 'on the review screen').to.equal(true);
    // The server's public key is on the device (fetched at start), so the kiosk can keep a submission sealed.
    await waitForOutbox(page, (c) => c.meta.length === 1, 'holding the server key');

    // The server files the first attempt but the answer never arrives (connection lost), then nothing gets through.
    const filed: string[] = [];
    await page.route('**/api/requests', async (route) => {
      if (filed.length === 0) {
        const response = await route.fetch();
        filed.push(((await response.json()) as { trackingCode: string }).trackingCode);
      }
      await route.abort('internetdisconnected');
    });
    await click(`${PANEL}.submit`);
    // "Kirim" ends on the result screen (it offers the survey), with the submission kept on this device...
    await page.waitForFunction((id) => window.serviceHall!.targets().some((t) => t.id === id), `${PANEL}.survey`, { timeout: 90_000 });
    expect(filed, 'the server got the first attempt').to.have.length(1);
    const kept = await outboxContents(page);
    // ...under the code the server already filed it with: the kiosk proposed it, so the two cannot differ.
    expect(kept.outbox.map((i) => i.code)).to.deep.equal([filed[0]]);

    // The link is back: delivery re-uses the idempotency key and gets the first filing back.
    await page.unroute('**/api/requests');
    const answer = page.waitForResponse((r: Response) => isSubmit(r.request()) && r.status() < 500);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const final = await answer;
    expect(final.status()).to.be.oneOf([200, 201]);
    expect(((await final.json()) as { trackingCode: string }).trackingCode, 'the same request, not a second one').to.equal(filed[0]);
    expect(final.headers()['idempotent-replayed']).to.equal('true');
    await waitForOutbox(page, (c) => c.outbox.length === 0, 'empty');
    const keysSent = new Set(posts.map((r) => r.headers()['idempotency-key']));
    expect(keysSent.size, 'every attempt carried the same idempotency key').to.equal(1);

    const status = await fetch(`${hall().server.origin}/api/requests/${encodeURIComponent(filed[0])}`);
    expect(status.status).to.equal(200);
    expect(((await status.json()) as { serviceId: string }).serviceId).to.equal('akta-kelahiran');
  });
});
