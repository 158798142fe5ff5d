import type { FlowState } from './flowState';
import type { ScreenId, ViewModel } from './flowTypes';
import { serviceSteps } from './serviceSteps';
import { entryScreens } from './view/entryScreens';
import { inputScreens } from './view/inputScreens';
import { outcomeScreens } from './view/outcomeScreens';
import { createViewKit, type ScreenBuilder, type ViewContext } from './view/viewKit';

export type { ViewContext } from './view/viewKit';

/** Every screen's builder, grouped by where it sits in a visit. */
const SCREENS: Readonly<Record<ScreenId, ScreenBuilder>> = { ...entryScreens, ...inputScreens, ...outcomeScreens };

/** Avatar lines that already explain an error; otherwise the avatar reads the error notice aloud. */
const ERROR_LINES = ['avatar.offline', 'avatar.fixErrors', 'avatar.problem'];

/** Turns the flow state into the render-neutral view of the current screen, in the current language. */
export function buildView(state: FlowState, ctx: ViewContext): ViewModel {
  const kit = createViewKit(state, ctx);
  const { t, loc } = kit;
  const service = ctx.services.find((s) => s.id === state.serviceId) ?? null;
  const parts = SCREENS[state.screen](kit);

  const steps = service ? serviceSteps(service) : [];
  const count = steps.length + 1;
  const stepIndex = steps.indexOf(state.screen);
  let step: ViewModel['step'] = null;
  if (service && service.completion !== 'information') {
    if (stepIndex >= 0) step = { index: stepIndex + 1, count };
    else if (state.screen === 'result' || state.screen === 'lookupResult' || state.screen === 'statusResult') step = { index: count, count };
  }

  const titleKey = parts.titleKey ?? `flow.${state.screen}.title`;
  const sayKey = parts.sayKey ?? `avatar.${state.screen}`;
  const sayParams = { ...(service ? { service: loc(service.name) } : {}), ...parts.sayParams };
  const notice = state.notice ? { tone: state.notice.tone, key: state.notice.key, text: t(state.notice.key, state.notice.params) } : null;
  const readNotice = notice !== null && notice.tone === 'error' && !ERROR_LINES.includes(sayKey);
  return {
    kioskId: ctx.kioskId,
    screen: state.screen,
    serviceId: state.serviceId,
    step,
    titleKey,
    title: t(titleKey),
    subtitle: parts.subtitle !== undefined ? parts.subtitle : service ? loc(service.name) : null,
    say: readNotice ? notice.text : t(sayKey, sayParams),
    sayKey: readNotice ? notice.key : sayKey,
    blocks: parts.blocks ?? [],
    fields: parts.fields ?? [],
    actions: parts.actions,
    busy: state.busy,
    notice,
  };
}
