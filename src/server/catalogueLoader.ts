import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalogue, type Catalogue, type Locale } from '../shared/catalogue';
import type { ServicesResponse } from '../shared/api/schemas';

/** Reads and validates `scenes/catalogue.json`; a broken file stops the server with the file and JSON path. */
export async function loadCatalogue(scenesDir: string): Promise<Catalogue> {
  const file = path.join(scenesDir, 'catalogue.json');
  const text = await readFile(file, 'utf8');
  return parseCatalogue(JSON.parse(text) as unknown, file);
}

/** The catalogue in one language, as GET /api/services returns it. */
export function localizeCatalogue(catalogue: Catalogue, locale: Locale): ServicesResponse {
  return {
    locale,
    services: catalogue.services.map((s) => ({
      id: s.id,
      kiosk: s.kiosk,
      queuePrefix: s.queuePrefix,
      name: s.name[locale],
      description: s.description[locale],
      requirements: s.requirements.map((r) => r[locale]),
      feeRupiah: s.feeRupiah,
      durationDays: s.durationDays,
      completion: s.completion,
      fields: s.fields.map((f) => ({
        name: f.name,
        type: f.type,
        label: f.label[locale],
        required: f.required,
        ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
        ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) } : {}),
        ...(f.hint ? { hint: f.hint[locale] } : {}),
      })),
      ...(s.inPersonReason ? { inPersonReason: s.inPersonReason[locale] } : {}),
      ...(s.nextSteps ? { nextSteps: s.nextSteps[locale] } : {}),
      ...(s.info ? { info: s.info.map((i) => i[locale]) } : {}),
    })),
    complaintCategories: catalogue.complaintCategories.map((c) => ({ id: c.id, label: c.label[locale] })),
    appointmentLocations: catalogue.appointmentLocations.map((l) => ({ id: l.id, name: l.name[locale], address: l.address })),
  };
}
