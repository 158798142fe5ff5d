import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';
import { liveScreen, type LiveScreenInput } from '../../../src/live/liveScreen';
import { speakingGate } from '../../../src/live/voiceLevel';

const open = { open: true, today: ['08:00–15:30'], holiday: null };
const base: LiveScreenInput = { phase: 'idle', hours: open, call: null, shared: { context: false, form: false }, locale: 'id', onDuty: true };

describe('the kiosk live panel screens', () => {
  const { t } = createI18n({ locale: 'id' });
  const ids = (s: ReturnType<typeof liveScreen>) => s.controls.map((c) => c.id);

  it('offers the call only during office hours, with today\'s hours; holidays by name', () => {
    const idle = liveScreen(t, base);
    expect(idle.title).to.equal('Bicara dengan petugas');
    expect(idle.body).to.deep.equal(['Jam layanan hari ini (WITA): 08:00–15:30', 'Petugas siap melayani sekarang.']);
    expect(idle.controls[0]).to.include({ id: 'call', enabled: true });
    const closed = liveScreen(t, { ...base, hours: { open: false, today: [], holiday: { id: 'Hari Raya Natal', en: 'Christmas Day' } } });
    expect(closed.controls[0].enabled).to.equal(false);
    expect(closed.body![0]).to.equal('Hari libur: Hari Raya Natal');
    expect(ids(idle)).to.deep.equal(['call']);
  });

  it('offers "Tinggalkan pesan" when closed, when no officer is on duty, after a refusal, and in a long queue', () => {
    const closed = liveScreen(t, { ...base, hours: { open: false, today: [], holiday: null } });
    expect(ids(closed)).to.deep.equal(['call', 'leaveMessage']);
    expect(closed.controls[1]).to.include({ label: 'Tinggalkan pesan', tone: 'primary' });
    const noOfficer = liveScreen(t, { ...base, onDuty: false });
    expect(noOfficer.controls.map((c) => [c.id, c.enabled ?? true])).to.deep.equal([['call', true], ['leaveMessage', true]]);
    expect(noOfficer.body![1]).to.equal('Petugas sedang tidak bertugas.');
    const refused = liveScreen(t, { ...base, phase: 'ended', call: { phase: 'refused', error: 'no_officer', chat: [] } });
    expect(ids(refused)).to.include('leaveMessage');
    const second = liveScreen(t, { ...base, phase: 'waiting', call: { phase: 'waiting', position: 2, estimateMinutes: 7, chat: [] } });
    expect(ids(second)).to.deep.equal(['hangup']);
    const third = liveScreen(t, { ...base, phase: 'waiting', call: { phase: 'waiting', position: 3, estimateMinutes: 14, chat: [] } });
    expect(ids(third)).to.deep.equal(['leaveMessage', 'hangup']);
    expect(third.body![2]).to.equal(t('live.queueLong'));
  });

  it('explains the microphone before asking, shows the queue place, then the officer with quick replies', () => {
    expect(liveScreen(t, { ...base, phase: 'consent' }).body![0]).to.match(/hanya dipakai untuk berbicara dengan petugas/);
    const waiting = liveScreen(t, { ...base, phase: 'waiting', call: { phase: 'waiting', position: 2, estimateMinutes: 7, chat: [] } });
    expect(waiting.body!.slice(0, 2)).to.deep.equal(['Nomor antrean Anda: 2', 'Perkiraan waktu tunggu: 7 menit']);
    expect(ids(waiting)).to.deep.equal(['hangup']);
    const call = { phase: 'active' as const, officer: { name: 'rina', unit: 'kependudukan' }, chat: [{ from: 'officer' as const, text: 'Selamat siang' }], highlight: 'nik' };
    const active = liveScreen(t, { ...base, phase: 'active', call });
    expect(active.title).to.equal(`rina · ${t('kiosk.kependudukan.title')}`);
    expect(active.speech).to.equal('Selamat siang');
    expect(active.notice?.text).to.equal('Petugas menyorot kolom: nik');
    expect(ids(active)).to.deep.equal(['reply.yes', 'reply.no', 'reply.thanks', 'reply.repeat', 'type', 'share', 'shareForm', 'hangup']);
  });

  it('a refused call says why (no officer on duty)', () => {
    const ended = liveScreen(t, { ...base, phase: 'ended', call: { phase: 'refused', error: 'no_officer', chat: [] } });
    expect(ended.notice?.text).to.equal('Belum ada petugas yang bertugas. Silakan coba lagi nanti.');
  });

  it("says the connection was lost when the call ended as disconnected (the officer's server went away)", () => {
    const lost = liveScreen(t, { ...base, phase: 'ended', call: { phase: 'ended', ended: 'disconnected', chat: [] } });
    expect(lost.notice?.text).to.equal('Sambungan ke petugas terputus; panggilan berakhir. Anda dapat menelepon lagi atau meninggalkan pesan.');
    const hungUp = liveScreen(t, { ...base, phase: 'ended', call: { phase: 'ended', ended: 'hangup', chat: [] } });
    expect(hungUp.notice?.text).to.equal(t('live.ended'));
  });
});

describe('speaking gate (avatar mouth from the voice level)', () => {
  it('opens on sound, holds through short dips, closes after a quiet stretch', () => {
    const gate = speakingGate({ on: 0.02, off: 0.01, holdFrames: 3 });
    const levels = [0, 0.05, 0.005, 0.005, 0.03, 0.005, 0.005, 0.005, 0.005, 0.015];
    expect(levels.map(gate)).to.deep.equal([false, true, true, true, true, true, true, false, false, false]);
  });
});
