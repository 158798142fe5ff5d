import { expect } from 'chai';
import { focusAfterRender, screenEntryFocus, type FocusSituation } from '../../../../src/ui/desktop/sheetFocus';
import type { ViewAction, ViewField } from '../../../../src/services';

const action = (id: string, role: ViewAction['role'], enabled = true): ViewAction => ({ id, label: id, labelKey: id, role, enabled });
const field = (name: string, error = false): ViewField => ({
  name,
  type: 'text',
  input: 'keyboard',
  label: name,
  required: true,
  value: '',
  error: error ? { code: 'required', message: 'Wajib diisi' } : null,
});
const form = { busy: false, fields: [field('location'), field('description')], actions: [action('next', 'primary'), action('cancel', 'cancel')] };
const base: FocusSituation = { opened: false, screenChanged: false, submitted: false, focusInside: true, focusedStillThere: true };

describe('sheet focus after a re-render', () => {
  it('puts focus on the heading when the sheet opens, so Tab starts in the sheet', () => {
    expect(focusAfterRender({ ...base, opened: true, focusInside: false }, form)).to.equal('heading');
  });

  it('keeps focus (and the caret) in the field being typed in', () => {
    expect(focusAfterRender(base, form)).to.equal(null);
  });

  it('never takes focus from the hall when the flow changes while the visitor is elsewhere', () => {
    expect(focusAfterRender({ ...base, focusInside: false, screenChanged: true }, form)).to.equal(null);
  });

  it('moves to the first field of a new screen, or its primary action, or its first choice', () => {
    expect(focusAfterRender({ ...base, screenChanged: true }, form)).to.equal('field:location');
    const review = { busy: false, fields: [], actions: [action('submit', 'primary'), action('edit', 'secondary')] };
    expect(screenEntryFocus(review)).to.equal('action:submit');
    const services = { busy: false, fields: [], actions: [action('service:pengaduan', 'choice')] };
    expect(screenEntryFocus(services)).to.equal('action:service:pengaduan');
    expect(screenEntryFocus({ busy: false, fields: [], actions: [] })).to.equal('heading');
  });

  it('sends focus to the first field to fix after Next found errors, but not after the citizen merely left a field', () => {
    const broken = { ...form, fields: [field('location'), field('description', true)] };
    expect(focusAfterRender({ ...base, submitted: true }, broken)).to.equal('field:description');
    expect(focusAfterRender(base, broken)).to.equal(null);
  });

  it('finds a new place when the focused control disappeared (the contact fields of an anonymous complaint)', () => {
    expect(focusAfterRender({ ...base, focusedStillThere: false }, form)).to.equal('field:location');
  });
});
