import { expect } from 'chai';
import { keyCommand, primaryAction } from '../../../../src/ui/desktop/sheetKeys';
import type { ViewAction } from '../../../../src/services';

const action = (id: string, role: ViewAction['role'], enabled = true): ViewAction => ({ id, label: id, labelKey: id, role, enabled });
const form = { busy: false, actions: [action('next', 'primary'), action('back', 'back'), action('cancel', 'cancel')] };

describe('sheet keyboard rules', () => {
  it('runs the primary action on Enter in a text field, on a choice and on the heading', () => {
    for (const target of ['text', 'choice', 'other'] as const) {
      expect(keyCommand('Enter', target, form)).to.deep.equal({ kind: 'act', actionId: 'next' });
    }
  });

  it('leaves Enter to the browser in a text area (new line) and on a button (presses it)', () => {
    expect(keyCommand('Enter', 'textarea', form)).to.equal(null);
    expect(keyCommand('Enter', 'button', form)).to.equal(null);
  });

  it('closes on Escape from anywhere, even a text area', () => {
    expect(keyCommand('Escape', 'textarea', form)).to.deep.equal({ kind: 'close' });
    expect(keyCommand('Escape', 'button', form)).to.deep.equal({ kind: 'close' });
  });

  it('does nothing while sending, without a primary action, or while an input method is composing', () => {
    expect(keyCommand('Enter', 'text', { ...form, busy: true })).to.equal(null);
    expect(keyCommand('Enter', 'text', { busy: false, actions: [action('service:x', 'choice')] })).to.equal(null);
    expect(keyCommand('Enter', 'text', form, true)).to.equal(null);
    expect(keyCommand('Escape', 'text', form, true)).to.equal(null);
    expect(keyCommand('a', 'text', form)).to.equal(null);
  });

  it('only counts an enabled primary action', () => {
    expect(primaryAction({ busy: false, actions: [action('submit', 'primary', false), action('cancel', 'cancel')] })).to.equal(null);
    expect(primaryAction({ busy: false, actions: [action('edit', 'secondary'), action('submit', 'primary')] })).to.equal('submit');
  });
});
