import type { PracticeInput, PracticeStep } from '../a11y/practice';
import type { PanelControl, PanelScreen } from './panelScreen';

/** Control ids of the practice on the welcome panel (target ids are `welcome.<id>`). */
export const PRACTICE_IDS = { offer: 'practice', press: 'practice.press', skip: 'practice.skip' } as const;

type Translate = (key: string) => string;

/** The welcome panel's "Quick practice" cell, offered in the headset. */
export function practiceOffer(t: Translate): PanelControl {
  return { id: PRACTICE_IDS.offer, label: t('hall.practice.offer'), kind: 'button', tone: 'primary' };
}

/**
 * The welcome panel while the practice runs: the step's title and instruction for the visitor's
 * input, the big button on the press step, and "skip" on every step.
 */
export function practiceScreen(step: Exclude<PracticeStep, 'off' | 'done'>, input: PracticeInput, t: Translate): PanelScreen {
  const skip: PanelControl = { id: PRACTICE_IDS.skip, label: t('hall.practice.skip'), kind: 'button', tone: 'quiet' };
  if (step === 'press') {
    return {
      title: t('hall.practice.press.title'),
      body: [t(`hall.practice.press.${input}`)],
      controls: [{ id: PRACTICE_IDS.press, label: t('hall.practice.press.button'), kind: 'button', tone: 'primary', featured: true }],
      columns: 1,
      footer: [skip],
    };
  }
  return { title: t('hall.practice.move.title'), body: [t('hall.practice.move.good'), t(`hall.practice.move.${input}`)], controls: [], footer: [skip] };
}
