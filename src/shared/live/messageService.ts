/**
 * "Tinggalkan pesan" / "Leave a message" (issue 11): when no officer can take a call, the citizen leaves a short
 * message for the kiosk's service unit, with an optional phone for a call-back. It is filed as a consultation
 * ticket (item kind `consultation`) under the service id `pesan-<unit>`, so officers of that unit see it and reply
 * in the status timeline. The kiosk flow and the server check it with the same field rules.
 */
import type { KioskId, ServiceDef } from '../catalogue/types';

/** Prefix of a consultation ticket's service id: `pesan-kependudukan`. */
export const MESSAGE_SERVICE_PREFIX = 'pesan-';

/** Longest message, characters. */
export const MESSAGE_MAX = 1000;

/** The service id of a unit's consultation tickets. */
export function messageServiceId(unit: KioskId): string {
  return `${MESSAGE_SERVICE_PREFIX}${unit}`;
}

/** The message "service" of a unit: its two fields (message, optional phone) and texts in both languages. */
export function messageService(unit: KioskId): ServiceDef {
  return {
    id: messageServiceId(unit),
    kiosk: unit,
    queuePrefix: 'M',
    name: { id: 'Pesan untuk petugas', en: 'Message for an officer' },
    description: {
      id: 'Tidak ada petugas yang dapat menerima panggilan sekarang. Tinggalkan pesan; balasan petugas muncul di linimasa status kode pelacakan Anda.',
      en: 'No officer can take a call now. Leave a message; the officer’s reply appears in the status timeline of your tracking code.',
    },
    requirements: [],
    feeRupiah: 0,
    durationDays: 2,
    completion: 'consultation',
    fields: [
      { name: 'message', type: 'longtext', label: { id: 'Pesan', en: 'Message' }, required: true, minLength: 5, maxLength: MESSAGE_MAX },
      {
        name: 'phone',
        type: 'phone',
        label: { id: 'No. HP untuk ditelepon balik (opsional)', en: 'Phone for a call-back (optional)' },
        required: false,
        maxLength: 20,
      },
    ],
  };
}
