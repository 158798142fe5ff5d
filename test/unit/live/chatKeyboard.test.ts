import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';
import { CHAT_SEND, LIVE_PANEL_SIZE, chatFormText, chatKey, chatScreen, chatView } from '../../../src/live/chatKeyboard';
import type { FormUiState } from '../../../src/ui/kiosk/inputCommand';
import { inside, LANGUAGE, overlaps } from '../ui/kiosk/kioskTestKit';

/** The live panel's size in the hall. */
const LIVE_PANEL = LIVE_PANEL_SIZE;

describe('keyboard chat on the live panel (headset)', () => {
  for (const locale of ['id', 'en'] as const) {
    it(`lays the kiosk keyboard out on the live panel, every key reachable by a fingertip (${locale})`, () => {
      const { t } = createI18n({ locale });
      const s = chatScreen(chatView(t, 'kependudukan', 'Apakah bisa hari Sabtu?', 'Selamat siang'), { active: 'chat', face: 'lower' }, chatFormText(t), LANGUAGE, LIVE_PANEL);
      expect(s.layout.overflow).to.equal(false);
      const ids = s.layout.controls.map((c) => c.control.id);
      expect(ids).to.include.members(['key.a', 'key.space', 'key.back', CHAT_SEND]);
      s.layout.controls.forEach((c, i) => {
        expect(inside(c.rect, LIVE_PANEL.width, LIVE_PANEL.height), `${c.control.id} inside`).to.equal(true);
        expect(Math.min(c.rect.w, c.rect.h), `${c.control.id} at least 3 cm`).to.be.at.least(0.03);
        s.layout.controls.slice(i + 1).forEach((o) => expect(overlaps(c.rect, o.rect), `${c.control.id} / ${o.control.id}`).to.equal(false));
      });
    });
  }

  it('types with the keys into the draft, and sends only a non-empty line', () => {
    const { t } = createI18n({ locale: 'id' });
    let draft = '';
    let ui: FormUiState = { active: 'chat', face: 'lower' };
    const press = (id: string) => {
      const view = chatView(t, 'kependudukan', draft, null);
      const screen = chatScreen(view, ui, chatFormText(t), LANGUAGE, LIVE_PANEL);
      const out = chatKey(screen, id, view, ui);
      expect(out, id).to.not.equal(null);
      ({ draft, ui } = out!);
    };
    expect(chatView(t, 'kependudukan', '', null).actions.find((a) => a.id === CHAT_SEND)!.enabled).to.equal(false);
    for (const id of ['key.shift', 'key.H', 'key.a', 'key.i', 'key.space', 'key.o', 'key.k', 'key.e', 'key.back']) press(id);
    expect(draft).to.equal('Hai ok');
    expect(chatView(t, 'kependudukan', draft, null).actions.find((a) => a.id === CHAT_SEND)!.enabled).to.equal(true);
    const view = chatView(t, 'kependudukan', draft, null);
    expect(chatKey(chatScreen(view, ui, chatFormText(t), LANGUAGE, LIVE_PANEL), CHAT_SEND, view, ui), 'send is a flow action, not a key').to.equal(null);
  });
});
