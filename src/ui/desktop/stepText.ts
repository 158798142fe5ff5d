import type { ViewModel } from '../../services';

/** "Langkah 2 dari 5" / "Step 2 of 5" for the sheet's progress line; empty where a screen has no step. */
export function stepText(step: ViewModel['step'], t: (key: string, params?: Record<string, string | number>) => string): string {
  return step ? t('sheet.step', { index: step.index, count: step.count }) : '';
}
