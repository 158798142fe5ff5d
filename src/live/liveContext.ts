import type { ViewModel } from '../services';
import type { CitizenContext } from '../shared/live/protocol';

/** What a kiosk may share with the officer: service and step (first consent), the typed form (second consent). */
export function liveContext(view: ViewModel): { context: CitizenContext; form: Record<string, string> } {
  const step = view.step ? `${view.screen} ${view.step.index}/${view.step.count}` : view.screen;
  return {
    context: { ...(view.serviceId ? { serviceId: view.serviceId } : {}), step },
    form: Object.fromEntries(view.fields.map((f) => [f.name, f.value])),
  };
}
