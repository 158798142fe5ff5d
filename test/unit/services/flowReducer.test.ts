import { expect } from 'chai';
import type { KioskId } from '../../../src/shared/catalogue';
import type { FlowAction, FlowEnv, Post } from '../../../src/services/flowActions';
import { FLOW_TABLE, reduce } from '../../../src/services/flowReducer';
import { initialFlowState, type FlowState } from '../../../src/services/flowState';
import { failureNotice } from '../../../src/services/flowOutcomes';
import { AKTA_VALUES, catalogue } from './flowHarness';

/** The env of one kiosk on the shipped catalogue, offering the key `fresh`. */
function envOf(kioskId: KioskId, patch: Partial<FlowEnv> = {}): FlowEnv {
  return { services: catalogue.services.filter((s) => s.kiosk === kioskId), locale: 'id', freshKey: 'fresh', canLookupBills: true, ...patch };
}

/** A state of a service on a screen. */
function at(serviceId: string, screen: FlowState['screen'], patch: Partial<FlowState> = {}): FlowState {
  return { ...initialFlowState(), serviceId, screen, ...patch };
}

const press = (id: string): FlowAction => ({ type: 'press', id });
const AKTA = envOf('kependudukan');
const AKTA_BODY = { serviceId: 'akta-kelahiran', values: { ...AKTA_VALUES, kkNumber: '7371012345670001', phone: '081234567890' }, locale: 'id' as const, consent: true as const };
const AKTA_POST: Post = { kind: 'request', key: 'fresh', body: AKTA_BODY };

describe('kiosk flow reducer: buttons by the screen × button table', () => {
  it('starts a service on its first step and drops whatever was still in flight', () => {
    const { state, effects } = reduce(initialFlowState(), press('service:akta-kelahiran'), AKTA);
    expect(state).to.deep.equal(at('akta-kelahiran', 'requirements'));
    expect(effects).to.deep.equal([{ type: 'abandon' }]);
  });

  it('walks requirements → consent → form with Next and Accept', () => {
    expect(reduce(at('akta-kelahiran', 'requirements'), press('next'), AKTA)).to.deep.equal({ state: at('akta-kelahiran', 'consent'), effects: [] });
    expect(reduce(at('akta-kelahiran', 'consent'), press('accept'), AKTA)).to.deep.equal({ state: at('akta-kelahiran', 'form'), effects: [] });
  });

  it('ignores a button the screen does not have, returning the very same state', () => {
    const requirements = at('akta-kelahiran', 'requirements');
    for (const id of ['submit', 'sendSurvey', 'again', 'service:akta-kelahiran']) {
      const step = reduce(requirements, press(id), AKTA);
      expect(step.state, id).to.equal(requirements);
      expect(step.effects, id).to.deep.equal([]);
    }
  });

  it('has a row for every screen, and every screen but the services list has Back', () => {
    for (const [screen, row] of Object.entries(FLOW_TABLE)) {
      if (screen === 'services') expect(Object.keys(row)).to.deep.equal([]);
      else expect(row, screen).to.have.property('back');
    }
  });

  it('lets only Cancel through while busy, and Cancel ends the visit with nothing kept', () => {
    const busy = at('akta-kelahiran', 'review', { busy: true, values: { ...AKTA_VALUES } });
    for (const id of ['back', 'edit', 'submit']) expect(reduce(busy, press(id), AKTA).state, id).to.equal(busy);
    expect(reduce(busy, press('cancel'), AKTA)).to.deep.equal({ state: initialFlowState(), effects: [{ type: 'abandon' }] });
  });

  it('steps Back one screen, and ends the visit from the first step', () => {
    expect(reduce(at('akta-kelahiran', 'form'), press('back'), AKTA).state).to.deep.equal(at('akta-kelahiran', 'consent'));
    expect(reduce(at('akta-kelahiran', 'requirements', { values: { childName: 'Andi' } }), press('back'), AKTA)).to.deep.equal({
      state: initialFlowState(),
      effects: [{ type: 'abandon' }],
    });
  });

  it('marks every wrong field on Next and stays on the form', () => {
    const { state, effects } = reduce(at('akta-kelahiran', 'form', { values: { ...AKTA_VALUES, motherNik: '123' } }), press('next'), AKTA);
    expect(state.screen).to.equal('form');
    expect(state.errors).to.deep.equal({ motherNik: 'nik_format' });
    expect(state.notice).to.deep.equal({ tone: 'error', key: 'flow.error.fixFields' });
    expect(effects).to.deep.equal([]);
  });
});

describe('kiosk flow reducer: submissions', () => {
  const review = at('akta-kelahiran', 'review', { values: { ...AKTA_VALUES } });

  it('files the review as a typed request post with the fresh key, and waits busy', () => {
    const { state, effects } = reduce(review, press('submit'), AKTA);
    expect(state.busy).to.equal(true);
    expect(state.submission?.post).to.deep.equal(AKTA_POST);
    expect(effects).to.deep.equal([{ type: 'call', call: AKTA_POST }]);
  });

  it('resends the same key for the same body, also in another language, and a new key for a changed form', () => {
    const first = reduce(review, press('submit'), AKTA).state;
    const failed = reduce(first, { type: 'failed', call: AKTA_POST, failure: { kind: 'network' } }, AKTA).state;
    const retry = reduce(failed, press('submit'), envOf('kependudukan', { freshKey: 'other', locale: 'en' }));
    expect(retry.effects).to.deep.equal([{ type: 'call', call: { ...AKTA_POST, body: { ...AKTA_BODY, locale: 'id' } } }]);
    const changed = { ...failed, values: { ...failed.values, childName: 'Andi Baso Junior' } };
    const renewed = reduce(changed, press('submit'), envOf('kependudukan', { freshKey: 'other' }));
    expect(renewed.state.submission?.post.key).to.equal('other');
  });

  it('keeps everything after a network failure and says so, with no further effect', () => {
    const sending = reduce(review, press('submit'), AKTA).state;
    const { state, effects } = reduce(sending, { type: 'failed', call: AKTA_POST, failure: { kind: 'network' } }, AKTA);
    expect(state).to.deep.equal({ ...sending, busy: false, notice: { tone: 'error', key: 'flow.error.network' } });
    expect(effects).to.deep.equal([]);
  });

  it('shows the receipt when the request is filed, and ends the key series', () => {
    const sending = reduce(review, press('submit'), AKTA).state;
    const value = { trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001', status: 'received' as const, createdAt: '' };
    const { state } = reduce(sending, { type: 'answered', answer: { kind: 'request', value } }, AKTA);
    expect(state.screen).to.equal('result');
    expect(state.receipt).to.deep.equal({ kind: 'request', trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001' });
    expect(state.submission).to.equal(null);
    expect(state.busy).to.equal(false);
  });

  it('takes a refusal naming a field back to the form, with the error at that field', () => {
    const sending = reduce(review, press('submit'), AKTA).state;
    const failure = { kind: 'refused' as const, status: 400, code: 'nik_format', field: 'values.motherNik', message: 'NIK' };
    const { state, effects } = reduce(sending, { type: 'failed', call: AKTA_POST, failure }, AKTA);
    expect(state.screen).to.equal('form');
    expect(state.errors).to.deep.equal({ motherNik: 'nik_format' });
    expect(state.submission).to.equal(null);
    expect(effects).to.deep.equal([]);
  });

  it('files a complaint as a complaint post, anonymous without any contact', () => {
    const values = { category: 'pungli', location: 'Kantor Kelurahan X', description: 'Diminta uang untuk surat pengantar.', anonymous: 'yes' };
    const { effects } = reduce(at('pengaduan', 'review', { values }), press('submit'), envOf('pengaduan'));
    const body = { category: 'pungli', location: 'Kantor Kelurahan X', description: 'Diminta uang untuk surat pengantar.', anonymous: true, locale: 'id', consent: true };
    expect(effects).to.deep.equal([{ type: 'call', call: { kind: 'complaint', key: 'fresh', body } }]);
  });

  it('on slot_full goes back to the slot screen, clears the time and reloads the slots', () => {
    const slot = { locationId: 'mpp-makassar', date: '2026-11-30', time: '09:00', slots: [], loading: false, loadFailed: false };
    const values = { nik: '7371054512950002', fullName: 'Andi Baso', phone: '081234567890' };
    const booking = reduce(at('ktp-el-rekam', 'review', { values, slot }), press('submit'), AKTA);
    const call = booking.effects[0];
    expect(call.type === 'call' && call.call.kind).to.equal('appointment');
    const failure = { kind: 'refused' as const, status: 409, code: 'slot_full', field: null, message: 'full' };
    const { state, effects } = reduce(booking.state, { type: 'failed', call: call.type === 'call' ? call.call : AKTA_POST, failure }, AKTA);
    expect(state.screen).to.equal('slot');
    expect(state.slot).to.deep.include({ time: '', loading: true, slots: null });
    expect(state.notice).to.deep.equal({ tone: 'error', key: 'flow.error.slotFull' });
    expect(effects).to.deep.equal([{ type: 'call', call: { kind: 'slots', locationId: 'mpp-makassar', date: '2026-11-30' } }]);
  });
});

describe('kiosk flow reducer: slots, lookups and the survey', () => {
  it('reloads the slots when the day changes, and drops an answer for a day no longer chosen', () => {
    const slot = { locationId: 'mpp-makassar', date: '2026-11-30', time: '09:00', slots: null, loading: false, loadFailed: false };
    const { state, effects } = reduce(at('ktp-el-rekam', 'slot', { slot }), { type: 'setValue', name: 'slotDate', value: '2026-12-01' }, AKTA);
    expect(state.slot).to.deep.include({ date: '2026-12-01', time: '', loading: true });
    expect(effects).to.deep.equal([{ type: 'call', call: { kind: 'slots', locationId: 'mpp-makassar', date: '2026-12-01' } }]);
    const stale = { type: 'answered' as const, answer: { kind: 'slots' as const, locationId: 'mpp-makassar', date: '2026-11-30', value: [] } };
    expect(reduce(state, stale, AKTA).state).to.equal(state);
  });

  it('explains where to check a PBB bill when the kiosk has no bill source, without calling anything', () => {
    const form = at('pbb-cek', 'form', { values: { nop: '73.71.010.001.001-0001.0' } });
    const { state, effects } = reduce(form, press('lookup'), envOf('pajak', { canLookupBills: false }));
    expect(state.screen).to.equal('lookupResult');
    expect(state.notice).to.deep.equal({ tone: 'info', key: 'lookup.unavailable' });
    expect(effects).to.deep.equal([]);
  });

  it('looks a tracking code up normalized, and marks the field when the API calls it malformed', () => {
    const { state, effects } = reduce(at('cek-status', 'form', { values: { trackingCode: 'k7qm 4ztx' } }), press('check'), envOf('status'));
    expect(state.values.trackingCode).to.equal('K7QM-4ZTX');
    expect(effects).to.deep.equal([{ type: 'call', call: { kind: 'status', code: 'K7QM-4ZTX' } }]);
    const failure = { kind: 'refused' as const, status: 400, code: 'tracking_code_format', field: null, message: '' };
    const after = reduce(state, { type: 'failed', call: { kind: 'status', code: 'K7QM-4ZTX' }, failure }, envOf('status')).state;
    expect(after.errors).to.deep.equal({ trackingCode: 'tracking_code_format' });
    expect(after.busy).to.equal(false);
  });

  it('marks unanswered survey questions instead of sending, then sends a typed survey post with the tracking code', () => {
    const receipt = { kind: 'request' as const, trackingCode: 'K7QM-4ZTX', queueNumber: 'A-001' };
    const half = at('akta-kelahiran', 'survey', { receipt, surveyValues: { ikm1: '4' } });
    const incomplete = reduce(half, press('sendSurvey'), AKTA);
    expect(Object.keys(incomplete.state.surveyErrors)).to.have.length(8);
    expect(incomplete.effects).to.deep.equal([]);
    const surveyValues = Object.fromEntries(['ikm1', 'ikm2', 'ikm3', 'ikm4', 'ikm5', 'ikm6', 'ikm7', 'ikm8', 'ikm9'].map((n) => [n, '3']));
    const { effects } = reduce({ ...half, surveyValues: { ...surveyValues, suggestion: '  Antrean cepat  ' } }, press('sendSurvey'), AKTA);
    const body = { trackingCode: 'K7QM-4ZTX', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3], suggestion: 'Antrean cepat' };
    expect(effects).to.deep.equal([{ type: 'call', call: { kind: 'survey', key: 'fresh', body } }]);
  });

  it('thanks the citizen when the survey for that code already exists', () => {
    const sending = at('akta-kelahiran', 'survey', { busy: true });
    const failure = { kind: 'refused' as const, status: 409, code: 'survey_exists', field: null, message: '' };
    const call: Post = { kind: 'survey', key: 'k', body: { answers: [] } };
    expect(reduce(sending, { type: 'failed', call, failure }, AKTA).state).to.deep.include({ screen: 'thanks', busy: false, surveySubmission: null });
  });
});

describe('kiosk flow reducer: one notice per failure kind', () => {
  it('keeps a survey and its key after server trouble (a 5xx or 429), as it keeps a request', () => {
    const call: Post = { kind: 'survey', key: 'k', body: { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] } };
    const sending = at('akta-kelahiran', 'survey', { busy: true, surveySubmission: { post: call, fingerprint: 'f' } });
    const { state } = reduce(sending, { type: 'failed', call, failure: { kind: 'retry' } }, AKTA);
    expect(state).to.deep.equal({ ...sending, busy: false, notice: { tone: 'error', key: 'flow.error.unexpected' } });
  });

  it('says "no connection" for a network failure and "try again" for anything else', () => {
    expect(failureNotice({ kind: 'network' })).to.deep.equal({ tone: 'error', key: 'flow.error.network' });
    expect(failureNotice({ kind: 'retry' })).to.deep.equal({ tone: 'error', key: 'flow.error.unexpected' });
  });
});
