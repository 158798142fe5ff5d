import type { KioskFlow, ViewField, ViewModel } from '../../../../src/services';
import type { KioskId } from '../../../../src/shared/catalogue';
import type { FormUiState } from '../../../../src/ui/kiosk/inputCommand';
import { apiError, catalogue, FakePort, makeFlow, networkError } from '../../services/flowHarness';
import { widgetFor } from '../../../../src/ui/kiosk/formLayout';

/** One screen of the catalogue as a kiosk panel draws it: the flow's view and which field is active. */
export interface CatalogueScreen {
  /** Where it was met: locale, service, screen, active field, variant. */
  name: string;
  view: ViewModel;
  ui: FormUiState;
  locale: 'id' | 'en';
}

/** A valid value for a field, by name or type, as a citizen would type it. */
function sampleValue(f: ViewField): string {
  if (f.options?.length) return (f.options.find((o) => o.enabled) ?? f.options[0]).value;
  if (f.name === 'trackingCode') return 'K7QM-4ZTX';
  switch (f.type) {
    case 'nik':
      return '7371054512950002';
    case 'kk':
      return '7371012345670001';
    case 'phone':
      return '081234567890';
    case 'nop':
      return '737101000100100010';
    case 'number':
      return '3';
    case 'date':
      return '1958-05-12';
    case 'longtext':
      return 'Jalan Andi Pangerang Pettarani nomor 12, Kelurahan Banta-Bantaeng, Kecamatan Rappocini, Kota Makassar';
    default:
      return 'Andi Baso Mappanyukki';
  }
}

/** The primary action that moves on (not "done" or "again", which end the visit). */
function forward(v: ViewModel): string | null {
  const a = v.actions.find((x) => x.role === 'primary' && x.enabled && x.id !== 'done' && x.id !== 'again');
  return a?.id ?? null;
}

/** Every way a screen can be drawn: with no field active, and with each field active (both keyboard faces). */
function drawings(v: ViewModel, locale: 'id' | 'en', name: string): CatalogueScreen[] {
  const base = [{ name: `${name} ${v.screen}`, view: v, ui: { active: null, face: 'lower' as const }, locale }];
  return [
    ...base,
    ...v.fields.flatMap((f) =>
      (widgetFor(f) === 'keyboard' ? (['lower', 'upper', 'symbols'] as const) : (['lower'] as const)).map((face) => ({
        name: `${name} ${v.screen} ${f.name} ${face}`,
        view: v,
        ui: { active: f.name, face },
        locale,
      })),
    ),
  ];
}

/** A port whose every call fails: offline (network) or refused by the server. */
function failingPort(kind: 'offline' | 'refused'): FakePort {
  const port = new FakePort();
  const fail = () => (kind === 'offline' ? networkError() : apiError(422, 'invalid', null, 'refused'));
  for (const m of ['submitRequest', 'submitComplaint', 'bookAppointment', 'getSlots', 'submitSurvey', 'getStatus', 'lookupTaxBill']) port.script[m] = Array.from({ length: 6 }, fail);
  return port;
}

/** Walks one service from its first screen to its end, recording every screen on the way. */
async function walkService(kiosk: KioskId, serviceAction: string, locale: 'id' | 'en', variant: 'ok' | 'offline' | 'refused'): Promise<CatalogueScreen[]> {
  const { flow, i18n } = makeFlow(kiosk, variant === 'ok' ? new FakePort() : failingPort(variant));
  i18n.setLocale(locale);
  const name = `${locale} ${serviceAction} ${variant}`;
  const out: CatalogueScreen[] = [];
  await flow.act(serviceAction);
  for (let step = 0; step < 12; step++) {
    await flow.settled();
    let v = flow.view();
    if (v.fields.length && variant === 'ok') {
      // The form with its errors shown (a wrong value typed and left), then filled in.
      for (const f of v.fields) {
        if (!f.options?.length) flow.setValue(f.name, f.type === 'text' || f.type === 'longtext' ? '' : '12');
        flow.blurField(f.name);
      }
      out.push(...drawings(flow.view(), locale, `${name} errors`));
      await fillAll(flow);
      v = flow.view();
    } else if (v.fields.length) await fillAll(flow);
    v = flow.view();
    out.push(...drawings(v, locale, name));
    const next = forward(v);
    if (!next) break;
    await flow.act(next);
  }
  return out;
}

/** Fills every field of the current screen with a valid value (slots appear after the location and date). */
async function fillAll(flow: KioskFlow): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const f of flow.view().fields) if (!f.value || f.error) flow.setValue(f.name, sampleValue(f));
    await flow.settled();
  }
}

/**
 * Every screen of the catalogue, in both languages: each kiosk's list, and each service's every step
 * (information, requirements, consent, forms with and without errors, each field's input widget, review,
 * result, survey, thanks), as it goes when all is well, offline, and when the server refuses.
 */
export async function catalogueScreens(): Promise<CatalogueScreen[]> {
  const kiosks = [...new Set(catalogue.services.map((s) => s.kiosk))] as KioskId[];
  const out: CatalogueScreen[] = [];
  for (const locale of ['id', 'en'] as const) {
    for (const kiosk of kiosks) {
      const { flow, i18n } = makeFlow(kiosk);
      i18n.setLocale(locale);
      out.push(...drawings(flow.view(), locale, `${locale} ${kiosk}`));
      for (const action of flow.view().actions.filter((a) => a.id.startsWith('service:'))) {
        for (const variant of ['ok', 'offline', 'refused'] as const) out.push(...(await walkService(kiosk, action.id, locale, variant)));
      }
    }
  }
  return out;
}
