import { expect } from 'chai';
import catalogueJson from '../../../scenes/catalogue.json';
import { parseCatalogue } from '../../../src/shared/catalogue';
import { createI18n } from '../../../src/i18n/createI18n';
import { codeFromPath, lastSeen, saveLastSeen, LAST_STATUS_KEY } from '../../../src/statusPage/lastSeen';
import { statusModel } from '../../../src/statusPage/statusModel';
import type { StatusResponse } from '../../../src/shared/api/schemas';

const catalogue = parseCatalogue(catalogueJson, 'scenes/catalogue.json');
const STATUS: StatusResponse = {
  trackingCode: 'K7QM-4ZTX',
  kind: 'request',
  serviceId: 'akta-kelahiran',
  status: 'processing',
  queueNumber: 'A-012',
  createdAt: '2026-12-01T02:00:00.000Z',
  timeline: [
    { status: 'received', at: '2026-12-01T02:00:00.000Z' },
    { status: 'processing', note: 'Berkas lengkap, sedang diverifikasi.', at: '2026-12-01T05:00:00.000Z' },
  ],
  masked: { motherNik: '************0003', phone: '********7890' },
};

describe('light status page', () => {
  it('reads the code from /status/<code>, upper-cased; nothing else', () => {
    expect(codeFromPath('/status/k7qm-4ztx')).to.equal('K7QM-4ZTX');
    expect(codeFromPath('/status/K7QM-4ZTX/')).to.equal('K7QM-4ZTX');
    expect(codeFromPath('/status/')).to.equal(null);
    expect(codeFromPath('/status/a/b')).to.equal(null);
    expect(codeFromPath('/status/%E0%A4%A')).to.equal(null);
  });

  it('keeps the last status seen with its time, for that code only', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveLastSeen(storage, STATUS, new Date('2026-12-02T01:00:00Z'));
    expect(m.has(LAST_STATUS_KEY)).to.equal(true);
    expect(lastSeen(storage, 'K7QM-4ZTX')).to.deep.equal({ seenAt: '2026-12-02T01:00:00.000Z', status: STATUS });
    expect(lastSeen(storage, 'P2RT-8WXY')).to.equal(null);
    m.set(LAST_STATUS_KEY, '{broken');
    expect(lastSeen(storage, 'K7QM-4ZTX')).to.equal(null);
  });

  it('words the status: service, current status, queue, expected date, timeline, officer notes, masked data with field labels', () => {
    const i18n = createI18n({ locale: 'id' });
    const service = catalogue.services.find((s) => s.id === 'akta-kelahiran');
    const m = statusModel(STATUS, service, i18n);
    expect(m.heading).to.equal('Kode pelacakan K7QM-4ZTX');
    expect(m.service).to.equal(service!.name.id);
    expect(m.status).to.equal('Diproses');
    expect(m.rows.map((r) => r.label)).to.deep.equal(['Nomor antrean', 'Perkiraan selesai']);
    expect(m.timeline).to.have.length(2);
    expect(m.notes).to.deep.equal(['Berkas lengkap, sedang diverifikasi.']);
    expect(m.masked[0]).to.deep.equal({ label: service!.fields.find((f) => f.name === 'motherNik')!.label.id, value: '************0003' });
    const done = statusModel({ ...STATUS, status: 'completed' }, service, i18n);
    expect(done.rows.map((r) => r.label), 'no expected date once completed').to.deep.equal(['Nomor antrean']);
  });
});
