import { InteractionRegistry } from '../../../../src/input/interactionRegistry';
import type { TargetPose } from '../../../../src/input/targetTypes';
import { PanelSurface } from '../../../../src/ui/panelSurface';
import { KIOSK_PANEL } from '../../../../src/ui/kioskPanel';
import { viewToScreen } from '../../../../src/ui/kiosk/viewToScreen';
import type { FormUiState } from '../../../../src/ui/kiosk/inputCommand';
import type { KioskView } from '../../../../src/world/hallView';
import type { KioskFlow } from '../../../../src/services/kioskFlow';
import { fill, makeFlow } from '../../services/flowHarness';
import { formText, LANGUAGE } from '../../ui/kiosk/kioskTestKit';
import type { BuiltHall } from './hallScene';

/** Every control of a kiosk screen as the panel on that kiosk places it in the hall. */
export function posesOn(built: BuiltHall, k: KioskView, flow: KioskFlow, ui: FormUiState): { id: string; pose: TargetPose }[] {
  const { i18n } = makeFlow(k.id);
  const registry = new InteractionRegistry();
  const surface = new PanelSurface({ id: `kiosk.${k.id}`, scene: built.scene, anchor: k.panelAnchor, registry, ...KIOSK_PANEL, onControl: () => undefined });
  try {
    const drawn = viewToScreen(flow.view(), ui, formText(i18n), LANGUAGE, KIOSK_PANEL);
    surface.show(drawn.screen, drawn.layout);
    return registry.list().map((t) => ({ id: t.id, pose: t.pose() }));
  } finally {
    surface.dispose();
  }
}

/** Every kiosk's first screen (the list of services), kiosk by kiosk. */
export function firstScreens(built: BuiltHall): { kiosk: KioskView; controls: { id: string; pose: TargetPose }[] }[] {
  return built.view.kiosks.map((kiosk) => ({ kiosk, controls: posesOn(built, kiosk, makeFlow(kiosk.id).flow, { active: null, face: 'lower' }) }));
}

/**
 * The densest screen: the birth certificate form at Kependudukan with the keyboard of `active`
 * (`childName` has letters, `motherNik` digits).
 */
export async function aktaForm(built: BuiltHall, active: string): Promise<{ kiosk: KioskView; controls: { id: string; pose: TargetPose }[] }> {
  const kiosk = built.view.kiosks.find((x) => x.id === 'kependudukan')!;
  const { flow } = makeFlow('kependudukan');
  await flow.act('service:akta-kelahiran');
  await flow.act('next');
  await flow.act('accept');
  fill(flow, {});
  if (flow.view().screen !== 'form') throw new Error(`expected the form, got ${flow.view().screen}`);
  return { kiosk, controls: posesOn(built, kiosk, flow, { active, face: 'lower' }) };
}
