import { Engine } from '@babylonjs/core/Engines/engine';
import { Scene } from '@babylonjs/core/scene';
import { FreeCamera } from '@babylonjs/core/Cameras/freeCamera';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Color4 } from '@babylonjs/core/Maths/math.color';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import hallJson from '../../scenes/hall.json';
import catalogueJson from '../../scenes/catalogue.json';
import { parseHall } from '../world/hallSchema';
import { buildHall } from '../world/buildHall';
import { applyHallSceneOptions } from '../world/sceneOptions';
import type { HallView } from '../world/hallView';
import { parseCatalogue } from '../shared/catalogue';
import type { Catalogue } from '../shared/catalogue/types';
import { createI18n } from '../i18n/createI18n';
import { InteractionRegistry } from '../input/interactionRegistry';
import { ScreenPicker } from '../input/screenPicker';
import { VisitorRig } from '../input/visitorRig';
import { KeyboardWalk } from '../input/keyboardWalk';
import { CanvasPointer } from '../input/canvasPointer';
import { TeleportSpots } from '../input/teleportSpots';
import type { Vec3 } from '../input/vec3';
import { DomMirror } from '../ui/domMirror';
import { EnterVrButton, type EnterVrState } from '../ui/enterVrButton';
import { PanelSurface, panelsPainted } from '../ui/panelSurface';
import { ClickSound } from '../ui/clickSound';
import { WelcomePanel } from '../ui/welcomePanel';
import { KioskPanel } from '../ui/kioskPanel';
import { ComfortBar } from '../ui/comfortBar';
import { DesktopKiosks } from '../ui/desktop/desktopKiosks';
import { createAutomationHandle, type AutomationHandle, type HallMode, type HallStats } from './automationHandle';
import { XrLauncher } from './xrLauncher';
import { createKioskFlows } from './kioskFlows';

/** Panel size on every kiosk, metres (the world leaves 0.9 x 0.7 m clear). */
const KIOSK_PANEL = { width: 0.86, height: 0.68 };
/** Targets within this distance (metres) are listed in the accessible mirror. */
const MIRROR_RADIUS = 3.2;

/** Desktop and phone visitors start a step behind the welcome point, looking slightly down at the lectern and the kiosks. */
function desktopStart(welcome: Vector3, yaw: number): { position: Vector3; yaw: number; pitch: number } {
  const back = 0.9;
  return { position: new Vector3(welcome.x - Math.sin(yaw) * back, 1.6, welcome.z - Math.cos(yaw) * back), yaw, pitch: 0.17 };
}

/** Where the app lives on the page. */
export interface HallAppOptions {
  canvas: HTMLCanvasElement;
  overlay: HTMLElement;
}

/** The running hall: what main.ts keeps. */
export interface HallApp {
  handle: AutomationHandle;
  dispose(): void;
}

/**
 * Composition root: creates the engine, builds the hall from scenes/ data, wires every input
 * device to the one interaction registry, and runs the frame loop in one readable order.
 */
export async function createHallApp(o: HallAppOptions): Promise<HallApp> {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const hall = parseHall(hallJson, 'scenes/hall.json');
  const catalogue: Catalogue = parseCatalogue(catalogueJson, 'scenes/catalogue.json');
  const i18n = createI18n({ locale: 'id' });
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);

  const engine = new Engine(o.canvas, true, { preserveDrawingBuffer: true, stencil: true, xrCompatible: true }, true);
  // Keyboard focus lives on the DOM mirror's buttons; the canvas is not a Tab stop.
  engine.canvasTabIndex = -1;
  const scene = new Scene(engine);
  applyHallSceneOptions(scene);
  scene.clearColor = new Color4(0.55, 0.75, 0.92, 1);
  const camera = new FreeCamera('visitor', Vector3.Zero(), scene);
  camera.minZ = 0.05;
  camera.fov = 1.0;

  const view: HallView = await buildHall(scene, hall, { t });
  const registry = new InteractionRegistry();
  const sound = new ClickSound();
  registry.onActivate(() => sound.play());

  const room = hall.room;
  const rig = new VisitorRig(
    camera,
    {
      minX: room.center[0] - room.width / 2 + 0.4,
      maxX: room.center[0] + room.width / 2 - 0.4,
      minZ: room.center[2] - room.depth / 2 + 0.4,
      maxZ: room.center[2] + room.depth / 2 - 0.4,
    },
    desktopStart(view.welcome.position, view.welcome.yaw),
  );

  let mode: HallMode = matchMedia('(pointer: coarse)').matches ? 'touch' : 'desktop';
  const setMode = (m: HallMode) => {
    mode = m;
    document.body.dataset.mode = m;
  };
  setMode(mode);

  const panels: PanelSurface[] = [];
  const anchorsByGroup = new Map<string, TransformNode>();
  const makePanel = (id: string, anchor: TransformNode, size = KIOSK_PANEL, onControl: (c: string) => void = () => undefined) => {
    const panel = new PanelSurface({ id, scene, anchor, registry, width: size.width, height: size.height, onControl });
    panels.push(panel);
    anchorsByGroup.set(id, anchor);
    return panel;
  };

  const spots = new TeleportSpots({
    scene,
    registry,
    kiosks: view.kiosks,
    label: (kioskId) => t('hall.goTo', { place: t(`kiosk.${kioskId}.title`) }),
    onTeleport: (position, yaw) => (xr.active() ? xr.teleport(position, yaw) : rig.glideTo(position, yaw)),
  });

  const flows = createKioskFlows({ kioskIds: view.kiosks.map((k) => k.id), catalogue, i18n, origin: location.origin });
  const kioskPanels = view.kiosks.map(
    (k) =>
      new KioskPanel({
        kiosk: k,
        flow: flows.get(k.id)!,
        i18n,
        speech: 'speechSynthesis' in window ? window.speechSynthesis : null,
        surface: makePanel(`kiosk.${k.id}`, k.panelAnchor, KIOSK_PANEL, (c) => kioskPanels.find((p) => p.id === k.id)?.onControl(c)),
      }),
  );
  const welcome = new WelcomePanel({
    surface: makePanel('welcome', view.welcome.panelAnchor, { width: 0.8, height: 0.6 }, (c) => welcome.onControl(c)),
    i18n,
    kiosks: view.kiosks,
    mode: () => mode,
    goTo: (kioskId) => spots.goTo(kioskId),
  });

  const picker = new ScreenPicker({ scene, camera: () => scene.activeCamera ?? camera, registry, floorMeshes: () => view.floorMeshes });
  const crosshair = document.createElement('div');
  crosshair.className = 'crosshair';
  crosshair.setAttribute('aria-hidden', 'true');
  o.overlay.append(crosshair);
  const pointer = new CanvasPointer({
    canvas: o.canvas,
    picker,
    registry,
    rig,
    onModality: (m) => {
      sound.unlock();
      if (mode !== 'xr' && mode !== m) {
        setMode(m);
        welcome.refresh();
      }
    },
    onLockChange: (locked) => crosshair.classList.toggle('visible', locked),
  });
  const walk = new KeyboardWalk();

  const visitorPosition = (): Vector3 => (scene.activeCamera ?? camera).globalPosition;
  // While a kiosk's form is open as a page region, its 3D panel is left out of the mirror (no double reading).
  let sheetKiosk: () => string | null = () => null;
  const mirror = new DomMirror({
    root: o.overlay,
    registry,
    label: () => t('hall.mirrorLabel'),
    isNear: (target) => {
      if (target.kind === 'teleport') return true;
      if (target.group === 'comfort') return mode === 'xr';
      if (target.group === `kiosk.${sheetKiosk()}`) return false;
      const anchor = anchorsByGroup.get(target.group);
      if (!anchor) return true;
      return Vector3.Distance(anchor.getAbsolutePosition(), visitorPosition()) <= MIRROR_RADIUS;
    },
  });

  // Desktop and phone visitors get the kiosk's form as a page region when they stand at a kiosk.
  const kioskSheets = new DesktopKiosks({
    root: o.overlay,
    kiosks: view.kiosks,
    flows,
    i18n,
    mode: () => mode,
    visitor: visitorPosition,
    returnFocus: () => o.overlay.querySelector<HTMLElement>('.hall-mirror button:not([disabled])')?.focus(),
  });
  sheetKiosk = () => kioskSheets.openKiosk();

  const vrButton = new EnterVrButton({
    root: o.overlay,
    text: (s: EnterVrState) => t(`xr.button.${s}`),
    onButtonClicked: (s) => xr.onButtonClicked(s),
  });
  const xr = new XrLauncher({
    scene,
    button: vrButton,
    registry,
    floorMeshes: () => view.floorMeshes,
    // A visitor who has not walked yet starts VR at the welcome lectern, within arm's reach.
    startPose: () =>
      Vector3.Distance(camera.position, desktopStart(view.welcome.position, view.welcome.yaw).position) < 0.3
        ? { position: view.welcome.position.clone(), yaw: view.welcome.yaw }
        : { position: camera.position.clone(), yaw: rig.heading() },
    onSessionStarted: () => {
      setMode('xr');
      welcome.refresh();
      comfort.setVisible(true);
      if (scene.activeCamera) comfort.update(scene.activeCamera, true);
    },
    onSessionEnded: () => {
      comfort.setVisible(false);
      setMode(matchMedia('(pointer: coarse)').matches ? 'touch' : 'desktop');
      welcome.refresh();
      mirror.schedule();
    },
  });

  const comfort: ComfortBar = new ComfortBar({
    scene,
    i18n,
    surface: (anchor) => makePanel('comfort', anchor, { width: 0.52, height: 0.14 }, (c) => comfort.onControl(c)),
    turn: (r) => xr.turn(r),
    home: () => xr.teleport(view.welcome.position, view.welcome.yaw),
  });

  i18n.onChange(() => {
    document.documentElement.lang = i18n.locale;
    view.relabel(t);
    for (const f of flows.values()) f.refresh();
    welcome.refresh();
    vrButton.refresh();
    comfort.refresh();
    mirror.refresh();
  });

  // One frame, in order: input, movement, avatars, accessibility, render.
  let lastMirrorAt = 0;
  let lastMirrorPos = visitorPosition().clone();
  const greeted = new Set<string>();
  let lastDrawCalls = 0;
  const frame = () => {
    const dt = Math.min(0.1, engine.getDeltaTime() / 1000);
    if (mode !== 'xr') {
      const [f, r] = walk.step();
      rig.walk(f, r);
      rig.update(dt);
    } else if (scene.activeCamera) {
      comfort.update(scene.activeCamera);
    }
    const here = visitorPosition();
    const sheetBefore = kioskSheets.openKiosk();
    kioskSheets.update();
    if (kioskSheets.openKiosk() !== sheetBefore) mirror.schedule();
    for (const k of view.kiosks) {
      k.avatar.update(dt);
      const near = Vector3.Distance(k.standSpot, new Vector3(here.x, k.standSpot.y, here.z)) < 1.6;
      if (near && !greeted.has(k.id)) {
        greeted.add(k.id);
        k.avatar.greet();
        kioskPanels.find((p) => p.id === k.id)?.setVisitorNear(true);
      } else if (!near && greeted.has(k.id) && Vector3.Distance(k.standSpot, new Vector3(here.x, k.standSpot.y, here.z)) > 2.5) {
        greeted.delete(k.id);
        kioskPanels.find((p) => p.id === k.id)?.setVisitorNear(false);
      }
    }
    const now = performance.now();
    if (now - lastMirrorAt > 250 && Vector3.Distance(here, lastMirrorPos) > 0.25) {
      lastMirrorAt = now;
      lastMirrorPos = here.clone();
      mirror.schedule();
    }
    engine._drawCalls.fetchNewFrame();
    scene.render();
    lastDrawCalls = engine._drawCalls.current;
  };

  const stats = (): HallStats => ({
    drawCalls: lastDrawCalls,
    triangles: Math.round(scene.getActiveIndices() / 3),
    materials: scene.materials.length,
    textures: scene.textures.length,
    meshes: scene.getActiveMeshes().length,
  });

  const handle = createAutomationHandle({
    ready,
    registry,
    mode: () => mode,
    locale: () => i18n.locale,
    stats,
    toReportFrame: (v: Vec3, isDirection: boolean) => xr.toLocalFloor(v, isDirection),
    screenOf: (p: Vec3) => picker.project(new Vector3(p[0], p[1], p[2])),
    viewer: () => {
      const cam = scene.activeCamera ?? camera;
      const p = cam.globalPosition;
      const f = cam.getDirection(Vector3.Forward());
      return { position: [p.x, p.y, p.z], forward: [f.x, f.y, f.z] };
    },
  });

  const onResize = () => engine.resize();
  window.addEventListener('resize', onResize);
  engine.runRenderLoop(frame);
  // Ready once the first frame is drawn and the panels (GUI chunk, loaded after that frame) have drawn too.
  scene.onAfterRenderObservable.addOnce(() => void panelsPainted().then(() => scene.onAfterRenderObservable.addOnce(() => resolveReady())));
  void xr.check();

  return {
    handle,
    dispose: () => {
      window.removeEventListener('resize', onResize);
      pointer.dispose();
      walk.dispose();
      mirror.dispose();
      kioskSheets.dispose();
      for (const k of kioskPanels) k.dispose();
      for (const p of panels) p.dispose();
      view.dispose();
      engine.dispose();
    },
  };
}
