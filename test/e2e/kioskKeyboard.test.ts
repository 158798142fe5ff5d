import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useHall } from './support/hallHost';
import { viewer, floorDistance } from './hallQueries';

/** What has keyboard focus, as a person would describe it. */
interface Focused {
  targetId?: string;
  tag: string;
  type?: string;
  name?: string;
  action?: string;
  text: string;
  inSheet: string | null;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
    return {
      targetId: el?.dataset?.targetId,
      tag: el?.tagName ?? '',
      type: input?.type,
      name: input?.name,
      action: el?.dataset?.action,
      text: (el?.textContent ?? '').trim(),
      inSheet: el?.closest<HTMLElement>('.kiosk-sheet')?.dataset.kiosk ?? null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus satisfies `wanted`; fails naming where focus went. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 60, key = 'Tab'): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (wanted(f)) return f;
    seen.push(f.targetId ?? f.action ?? f.name ?? f.tag);
  }
  throw new Error(`Tab never reached ${what}; focus went through ${seen.join(', ')}`);
}

/** Waits for a kiosk's sheet to show a screen. */
async function sheetScreen(page: Page, kiosk: string, screen: string): Promise<void> {
  await page.locator(`.kiosk-sheet[data-kiosk="${kiosk}"][data-screen="${screen}"]`).waitFor({ state: 'visible', timeout: 15_000 });
}

/** The value next to a label in the sheet's facts, as shown. */
function fact(page: Page, label: string): Promise<string> {
  return page.locator('.kiosk-sheet .sheet-fact').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').first().innerText();
}

/** Leaves the sheet with Escape, Tabs to the "go to" target of a kiosk and presses Enter, then waits for its sheet. */
async function goToKiosk(page: Page, kiosk: string, prefix: 'welcome.go' | 'spot'): Promise<void> {
  if ((await focused(page)).inSheet) {
    await page.keyboard.press('Escape');
    await page.locator('.kiosk-sheet').waitFor({ state: 'detached' });
    expect((await focused(page)).tag, 'Escape gives focus back to the hall').to.equal('BUTTON');
  }
  await tabTo(page, (f) => f.targetId === `${prefix}.${kiosk}`, `${prefix}.${kiosk}`);
  await page.keyboard.press('Enter');
  await page.locator(`.kiosk-sheet[data-kiosk="${kiosk}"]`).waitFor({ state: 'visible', timeout: 20_000 });
  const f = await focused(page);
  expect(f.inSheet, 'focus lands in the sheet when the kiosk opens').to.equal(kiosk);
}

describe('kiosk forms on a desktop, keyboard only', function () {
  this.timeout(180_000);
  // One journey through three kiosks, on one page.
  const hall = useHall({ per: 'suite' });

  it('files a complaint, checks its status at the status kiosk and answers the survey, without touching the mouse', async () => {
    const { page } = hall();
    const sheet = page.locator('.kiosk-sheet');

    // To the complaints kiosk from the welcome lectern.
    await tabTo(page, (f) => f.targetId === 'welcome.go.pengaduan', 'welcome.go.pengaduan', 40);
    await page.keyboard.press('Enter');
    await page.locator('.kiosk-sheet[data-kiosk="pengaduan"]').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByRole('region', { name: 'Pengaduan' }).count(), 'the sheet is a region named by its heading').to.equal(1);
    expect((await focused(page)).inSheet).to.equal('pengaduan');

    expect((await tabTo(page, (f) => f.action === 'service:pengaduan', 'the complaint service', 3)).text).to.contain('Pengaduan Masyarakat');
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'pengaduan', 'requirements');
    expect(await sheet.locator('.sheet-step').innerText()).to.equal('Langkah 1 dari 5');
    expect((await focused(page)).text, 'focus moves to the next step').to.equal('Mulai');
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'pengaduan', 'consent');
    expect((await focused(page)).text).to.equal('Saya setuju');
    await page.keyboard.press('Enter');

    // The form: category by arrow keys, location and description typed, anonymous by Space, Enter for Next.
    await sheetScreen(page, 'pengaduan', 'form');
    expect(await focused(page)).to.include({ type: 'radio', inSheet: 'pengaduan' });
    await page.keyboard.press('ArrowDown');
    expect(await sheet.locator('fieldset[data-field="category"] input:checked').getAttribute('value')).to.equal('sampah-drainase');
    const before = await viewer(page);
    expect((await tabTo(page, (f) => f.name === 'location', 'the location field', 1)).type).to.equal('text');
    await page.keyboard.type('Jl. Somba Opu dekat Pantai Losari', { delay: 5 });
    expect((await tabTo(page, (f) => f.name === 'description', 'the description', 1)).tag).to.equal('TEXTAREA');
    await page.keyboard.type('Saluran air tersumbat sampah sejak seminggu, jalan tergenang saat hujan.', { delay: 2 });
    expect(floorDistance((await viewer(page)).position, before.position), 'typing W A S D letters does not walk').to.be.below(0.01);
    expect(await sheet.locator('[name="location"]').inputValue(), 'the field kept every typed letter').to.equal('Jl. Somba Opu dekat Pantai Losari');
    await tabTo(page, (f) => f.type === 'radio', 'the anonymous choice', 1);
    await page.keyboard.press('Space');
    expect(await sheet.locator('fieldset[data-field="anonymous"] input:checked').getAttribute('value')).to.equal('yes');
    await page.keyboard.press('Enter');

    await sheetScreen(page, 'pengaduan', 'review');
    expect(await fact(page, 'Lokasi')).to.equal('Jl. Somba Opu dekat Pantai Losari');
    expect((await focused(page)).text).to.equal('Kirim');
    await page.keyboard.press('Enter');

    // The result: tracking code, QR code, the officer's line.
    await sheetScreen(page, 'pengaduan', 'result');
    const code = (await fact(page, 'Kode pelacakan')).trim();
    expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await sheet.locator('.sheet-qr img').getAttribute('src')).to.match(/^data:image\/svg\+xml/);
    expect(await sheet.locator('.sheet-say').innerText()).to.contain('Pengaduan Anda diterima');

    // To the status kiosk through the hall's own "go to" target, and look the code up.
    await goToKiosk(page, 'status', 'spot');
    await tabTo(page, (f) => f.action === 'service:cek-status', 'the status service', 3);
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'status', 'form');
    expect((await focused(page)).name).to.equal('trackingCode');
    // A shared kiosk: Cancel leaves nothing typed, in the flow or on the page.
    await page.keyboard.type(code.slice(0, 4), { delay: 5 });
    await tabTo(page, (f) => f.action === 'cancel', 'Batal', 4);
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'status', 'services');
    expect(await sheet.locator('input, textarea').count()).to.equal(0);
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'status', 'form');
    expect(await sheet.locator('[name="trackingCode"]').inputValue(), 'the code field starts empty again').to.equal('');
    await page.keyboard.type(code.toLowerCase(), { delay: 5 });
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'status', 'statusResult');
    expect(await fact(page, 'Kode pelacakan')).to.equal(code);
    expect(await fact(page, 'Layanan')).to.equal('Pengaduan Masyarakat');
    expect(await fact(page, 'Status')).to.equal('Diterima');
    expect(await sheet.locator('.sheet-timeline li').first().innerText()).to.contain('Diterima');

    // Back at the complaints kiosk the result still offers the survey: nine answers and a suggestion.
    await goToKiosk(page, 'pengaduan', 'spot');
    await sheetScreen(page, 'pengaduan', 'result');
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'pengaduan', 'survey');
    expect(await sheet.locator('fieldset[role="radiogroup"]').count()).to.equal(9);
    expect(await sheet.locator('fieldset[role="radiogroup"]').first().locator('input[type="radio"]').count()).to.equal(4);
    for (let i = 0; i < 9; i++) {
      if (i > 0) await tabTo(page, (f) => f.type === 'radio', `survey question ${i + 1}`, 1);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    const answers = await sheet.locator('fieldset[role="radiogroup"] input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(answers).to.deep.equal(['3', '3', '3', '3', '3', '3', '3', '3', '3']);
    expect((await tabTo(page, (f) => f.name === 'suggestion', 'the suggestion', 1)).tag).to.equal('TEXTAREA');
    await page.keyboard.type('Petugas cepat menanggapi.', { delay: 2 });
    expect((await tabTo(page, (f) => f.action === 'sendSurvey', 'Kirim survei', 1)).text).to.equal('Kirim survei');
    await page.keyboard.press('Enter');
    await sheetScreen(page, 'pengaduan', 'thanks');
    expect(await sheet.locator('.sheet-title').innerText()).to.equal('Terima kasih');
    expect(await sheet.locator('.sheet-text').first().innerText()).to.contain('Masukan Anda membantu');
    // English is one key press away, from the sheet itself.
    expect((await tabTo(page, (f) => f.text === 'English', 'the language switch', 8, 'Shift+Tab')).tag).to.equal('BUTTON');
    await page.keyboard.press('Enter');
    await page.locator('.kiosk-sheet .sheet-title', { hasText: 'Thank you' }).waitFor();
    expect((await focused(page)).text, 'focus stays on the switch').to.equal('Bahasa Indonesia');

    // The city's API has the complaint, and the survey counts for it (a second one is refused).
    const origin = hall().server.origin;
    const res = await fetch(`${origin}/api/complaints/${code}`);
    expect(res.status).to.equal(200);
    const complaint = (await res.json()) as { trackingCode: string; kind: string; status: string; timeline: { status: string }[] };
    expect(complaint).to.include({ trackingCode: code, kind: 'complaint', status: 'received' });
    expect(complaint.timeline.map((e) => e.status)).to.deep.equal(['received']);
    const again = await fetch(`${origin}/api/surveys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-survey-again-${code}` },
      body: JSON.stringify({ trackingCode: code, answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] }),
    });
    expect(again.status).to.equal(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).to.equal('survey_exists');
    hall().probe.assertClean('keyboard-only complaint, status and survey');
  });
});
