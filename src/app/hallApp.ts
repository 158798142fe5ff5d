import catalogueJson from '../../scenes/catalogue.json';
import { parseCatalogue, type KioskId } from '../shared/catalogue';
import { FeatureList } from '../input/feature';
import { registerFloor } from '../input/floorTarget';
import { InteractionRegistry } from '../input/interactionRegistry';
import { ScreenPicker } from '../input/screenPicker';
import { CanvasPointer } from '../input/canvasPointer';
import { TeleportSpots } from '../input/teleportSpots';
import { DesktopLocomotion } from '../input/desktopLocomotion';
import { DomMirror } from '../ui/domMirror';
import { mirrorScope } from '../ui/mirrorScope';
import { PanelShelf } from '../ui/panelShelf';
import { panelsPainted } from '../ui/panelSurface';
import { ClickSound } from '../ui/clickSound';
import { createCrosshair } from '../ui/crosshair';
import { WelcomePanel } from '../ui/welcomePanel';
import { KioskPanel } from '../ui/kioskPanel';
import { KioskPresence } from '../ui/kioskPresence';
import { ComfortBar } from '../ui/comfortBar';
import { SettingsPanel } from '../ui/settingsPanel';
import { CaptionPlane } from '../ui/captionPlane';
import { DesktopKiosks } from '../ui/desktop/desktopKiosks';
import { LiveKiosks } from '../live/liveKiosks';
import { liveContext } from '../live/liveContext';
import { createAutomationHandle, type AutomationHandle } from './automationHandle';
import { createHallActions } from './hallActions';
import type { FirstFrame } from './firstFrame';
import { createKioskFlows } from './kioskFlows';
import { followLocale } from './localeSync';
import { attachByMode } from './featureModes';
import { ModeState } from './modeState';
import { createVisitorRig, xrStartPose } from './visitorStart';
import { XrLauncher } from './xrLauncher';
import { XrSlot } from './xrSlot';
import { boothAtStart, readBooth } from '../booth/boothMode';
import { createBoothHall } from '../booth/boothHall';
import { doneWipes } from '../booth/doneWipes';
import { wipeTimes } from '../booth/wipeTimes';
import type { PendingSubmissions } from '../booth/pendingSubmissions';
import { createSeatedMode } from './seatedWiring';
import type { SeatedControl } from '../a11y/seatedMode';
import { watchSystemPreferences } from '../a11y/systemPreferences';
import { Practice } from '../a11y/practice';
import { PracticeRing } from '../input/practiceRing';
import { ComfortSettings } from '../a11y/comfortSettings';
import { DwellSelect, GAZE_SOURCE } from '../input/dwellSelect';
import { DwellFill } from '../ui/dwellFill';

/** Where the app lives on the page. */
export interface HallAppOptions {
  canvas: HTMLCanvasElement;
  overlay: HTMLElement;
  /** The hall as already drawn (main.ts loads this module once that frame is on screen). */
  first: FirstFrame;
}

/** The running hall: what main.ts keeps. */
export interface HallApp {
  handle: AutomationHandle;
  /** Ends every live call at once (booth wipe, leaving the hall). */
  hangUpLive(): void;
  /** Seated mode and recentre, for an operator menu. */
  seated: SeatedControl;
  /** The visitor's text size, captions, contrast and dwell choices (reset by every wipe). */
  comfort: ComfortSettings;
  dispose(): void;
}

/**
 * Composition root: takes the hall drawn from scenes/ data (firstFrame.ts), then builds its features in frame order
 * (input, movement, panels and sheets, presence, accessibility); each frame steps the attached
 * features and renders. Every object is built after everything it uses.
 */
export async function createHallApp(o: HallAppOptions): Promise<HallApp> {
  const { hall, i18n, stage, view } = o.first;
  const catalogue = parseCatalogue(catalogueJson, 'scenes/catalogue.json');
  const { scene } = stage;
  const registry = new InteractionRegistry();
  const sound = new ClickSound();
  registry.onActivate(() => sound.play());
  const stopFloor = registerFloor(registry, hall.room);
  const mode = new ModeState();
  const rig = createVisitorRig(stage.camera, hall.room, view.welcome);
  const xr = new XrSlot();
  const actions = createHallActions({ i18n, rig, xr, welcome: view.welcome });
  const booth = boothAtStart(location.search, localStorage);
  const flows = doneWipes(createKioskFlows({ kioskIds: view.kiosks.map((k) => k.id), catalogue, i18n, origin: location.origin, boothToken: () => readBooth(localStorage).token }), () => boothHall.wipe.run('done'));
  const stopLocale = followLocale(i18n, view, flows);
  const comfort = new ComfortSettings();
  const panels = new PanelShelf(scene, registry, comfort);
  const features = new FeatureList();

  const picker = new ScreenPicker({ scene, camera: stage.eye, registry });
  const crosshair = createCrosshair(o.overlay);
  const onModality = (m: 'desktop' | 'touch') => {
    sound.unlock();
    mode.pointerUsed(m);
  };
  const pointer = features.add(new CanvasPointer({ canvas: o.canvas, picker, registry, rig, onModality, onLockChange: crosshair.show }));
  features.add(new DesktopLocomotion({ rig, actions }));
  const seated = createSeatedMode({ view, xr, actions, eyes: stage.eyes, spots: () => spots, bandOf: (id) => panels.bandOf(id) });
  const spots = features.add(new TeleportSpots({ scene, registry, kiosks: view.kiosks, t: i18n.t, actions, approach: () => seated.approach(), standOff: () => (xr.handCount() > 0 ? seated.pokeStand() : null) }));
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const captions = features.add(new CaptionPlane({ scene, panels: panels.make, comfort }), false);
  const kioskPanels = new Map(view.kiosks.map((kiosk) => [kiosk.id as string, new KioskPanel({ kiosk, flow: flows.get(kiosk.id)!, i18n, panels: panels.make, actions, speech, onSpeak: (line) => captions.say(kiosk.id, line) })]));
  const settings = new SettingsPanel({ scene, panels: panels.make, i18n, comfort });
  const stopPreferences = watchSystemPreferences((p) => {
    rig.reducedMotion = p.reducedMotion;
    panels.setSystemContrast(p.moreContrast);
    settings.setSystemContrast(p.moreContrast);
  });
  const practice = new Practice();
  new WelcomePanel({
    panels: panels.make, anchor: view.welcome.panelAnchor, i18n, kiosks: view.kiosks, mode, actions, goTo: (id) => spots.goTo(id), seated,
    openSettings: (onClose) => settings.open({ parent: view.welcome.panelAnchor, onClose }),
    practice,
    practiceInput: () => (xr.handCount() > 0 || xr.inputCount() === 0 ? 'hands' : 'controllers'),
  });
  features.add(new PracticeRing({ scene, registry, practice, welcome: view.welcome, actions, eyes: stage.eyes, t: i18n.t }));
  features.add(new ComfortBar({ scene, i18n, panels: panels.make, actions, seated, realFloor: () => seated.realFloor(), settings }), false);
  const sheets = features.add(new DesktopKiosks({ root: o.overlay, kiosks: view.kiosks, flows, i18n, mode: () => mode.current(), actions, visitor: stage.eyes }));
  const live = features.add(new LiveKiosks({ kiosks: view.kiosks, panels: panels.make, i18n, context: (id) => liveContext(flows.get(id as KioskId)!.view()), leaveMessage: (id) => flows.get(id as KioskId)!.leaveMessage() }));
  features.add(new KioskPresence({ kiosks: view.kiosks, visitor: stage.eyes, onPresence: (id, near) => (kioskPanels.get(id)?.setVisitorNear(near), live.setNear(id, near)) }));
  features.add(new DomMirror({
    root: o.overlay,
    registry,
    texts: panels.texts,
    label: () => i18n.t('hall.mirrorLabel'),
    isNear: mirrorScope({ mode: () => mode.current(), openSheet: () => sheets.openKiosk(), anchorOf: (g) => panels.anchorOf(g), visitor: stage.eyes }),
    visitor: stage.eyes,
    changes: [(l) => i18n.onChange(l), (l) => mode.onChange(l), (l) => sheets.onChange(l), (l) => panels.texts.onChange(l)],
  }));
  const dwellFill = new DwellFill(scene, registry, crosshair);
  features.add(new DwellSelect({
    registry,
    on: () => comfort.get().dwell,
    dwells: (s) => s.startsWith('ray-') || s === GAZE_SOURCE || (s === 'mouse' && pointer.locked()),
    gaze: () => (xr.active() && xr.inputCount() === 0 ? { origin: stage.viewer().position, direction: stage.viewer().forward } : null),
    show: (p) => dwellFill.show(p),
  }));
  const boothHall = createBoothHall({
    scene, root: o.overlay, i18n, registry, panels: panels.make, flows: flows.values(), voices: kioskPanels.values(), booth, times: wipeTimes(location.search), speech,
    home: () => actions.home(),
    awayFromWelcome: () => Math.hypot(stage.eyes().x - view.welcome.position.x, stage.eyes().z - view.welcome.position.z) > 1.5,
    inXr: () => xr.active(),
    welcomeAnchor: view.welcome.panelAnchor,
    pending: outboxCounts,
    comfort: seated,
  });
  const stopModes = attachByMode(features, mode, { desktopLocomotion: ['desktop', 'touch'], comfortBar: ['xr'], captionPlane: ['xr'], practiceRing: ['xr'] });
  // The practice lives in the headset, and every visitor is offered it anew.
  const stopPractice = [mode.onChange(() => mode.current() !== 'xr' && practice.skip()), boothHall.wipe.onWipe(() => practice.skip())];
  const launcher = new XrLauncher({ root: o.overlay, i18n, scene, registry, actions, slot: xr, startPose: xrStartPose(rig, view.welcome), onSession: (on) => { mode.xrSession(on); boothHall.triggers.xrSession(on); }, onVisibility: (v) => boothHall.triggers.xrVisible(v) });

  // Ready once the first frame is drawn and the panels (GUI chunk, loaded after that frame) have drawn too.
  const ready = new Promise<void>((resolve) =>
    scene.onAfterRenderObservable.addOnce(() => void panelsPainted().then(() => scene.onAfterRenderObservable.addOnce(() => resolve()))),
  );
  const handle = createAutomationHandle({ ready, registry, mode: () => mode.current(), locale: () => i18n.locale, stats: stage.stats, viewer: stage.viewer, toReportFrame: (v, isDirection) => xr.toLocalFloor(v, isDirection), screenOf: (p) => picker.project(p) });
  const stopLoop = stage.run((dt) => features.update(dt));
  void launcher.check();

  boothHall.wipe.onWipe(() => live.hangUpAll());
  boothHall.wipe.onWipe(() => (settings.close(), comfort.reset()));
  // Panels grow for larger text: seated mode fits its lift to them again.
  comfort.onChange((_, changed) => (changed === 'textScale' || changed === 'all') && seated.isSeated() && seated.setSeated(true));
  window.addEventListener('pagehide', () => live.hangUpAll());
  return {
    handle,
    hangUpLive: () => live.hangUpAll(),
    seated,
    comfort,
    dispose: () => {
      for (const stop of [stopLoop, stopModes, stopLocale, stopFloor, stopPreferences, ...stopPractice, boothHall.dispose]) stop();
      features.dispose();
      dwellFill.dispose();
      for (const p of kioskPanels.values()) p.dispose();
      panels.dispose();
      view.dispose();
      stage.engine.dispose();
    },
  };
}

/** The device outbox's counts, loaded with the offline chunk only when the operator menu or a status asks. */
const outboxCounts: PendingSubmissions = {
  count: () => import('../offline/pendingSubmissions').then((m) => m.count()),
  isPending: (code) => import('../offline/pendingSubmissions').then((m) => m.isPending(code)),
};
