import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Camera } from '@babylonjs/core/Cameras/camera';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import { COMFORT_BAR_BINDINGS, performControl } from '../input/bindings';
import { Feature } from '../input/feature';
import type { HallActions } from '../input/hallActions';
import type { PanelFactory } from './panelShelf';
import type { PanelSurface } from './panelSurface';
import { languageToggle } from './languageToggle';
import { REAL_BAND } from '../a11y/seatedFit';
import type { SeatedMode } from '../a11y/seatedMode';
import { seatedControls, SEATED_CONTROL_IDS } from './seatedControls';
import { OPEN_SETTINGS_ID } from '../a11y/comfortRows';
import type { SettingsPlace } from './settingsPanel';

/**
 * Where the bar floats: `ahead` of and `below` the eyes (metres), `side` radians to the right of the
 * view. Straight ahead: placed 1.1 rad to the right it caught the right hand's ray to the floor spots. It
 * re-centres when the head turns more than `turn` (radians) or walks more than `walk` (metres).
 */
const PLACE = { ahead: 0.42, below: 0.5, side: 0, turn: 0.6, walk: 0.45 };

/** The bar's size, metres: two rows of four (wider rather than taller: the rays to the floor spots pass below). */
const BAR = { width: 0.6, height: 0.2, grow: { width: 0.8, height: 0.2 } };

/** Options of the comfort bar. */
export interface ComfortBarOptions {
  scene: Scene;
  i18n: I18n;
  panels: PanelFactory;
  /** Carries out the bar's bindings (snap turn, home, language). */
  actions: HallActions;
  /** Seated mode and recentre (their two controls on the bar); the bar keeps within 0.8–1.6 m of the real floor. */
  seated: SeatedMode;
  /** Height of the visitor's real floor in the hall (the seated lift), metres. */
  realFloor: () => number;
  /** Opens "Display & help" in the bar's place, and closes it. */
  settings: { open(at: SettingsPlace): void; close(): void };
}

/**
 * In VR, a small bar at waist height that follows the visitor lazily: snap turn left and right,
 * back to the welcome point, and the language switch (the controls are rows of the bindings
 * table). Hands have no thumbsticks, so this is how a hand-tracking visitor turns without
 * spinning round. Attached (in XR) it shows and follows the head; detached it is hidden.
 */
export class ComfortBar extends Feature {
  readonly name = 'comfortBar';
  private readonly anchor: TransformNode;
  private readonly panel: PanelSurface;
  private placedYaw = 0;
  private readonly placedAt = new Vector3();
  private away = false;

  constructor(private readonly o: ComfortBarOptions) {
    super();
    this.anchor = new TransformNode('comfortBar', o.scene);
    this.panel = o.panels('comfort', this.anchor, BAR, (c) => this.onControl(c));
    this.panel.mesh.setEnabled(false);
    o.i18n.onChange(() => this.refresh());
    o.seated.onChange(() => this.refresh());
    this.refresh();
  }

  /** Redraws in the current language. */
  refresh(): void {
    if (this.away) return;
    const { t } = this.o.i18n;
    this.panel.show({
      title: '',
      controls: [
        { id: 'turnLeft', label: t('xr.turnLeft'), kind: 'button' },
        { id: 'home', label: t('xr.home'), kind: 'button' },
        { id: 'turnRight', label: t('xr.turnRight'), kind: 'button' },
        ...seatedControls(this.o.i18n, this.o.seated),
        { id: OPEN_SETTINGS_ID, label: t('a11y.settings.open'), kind: 'button' },
        languageToggle(this.o.i18n),
      ],
      columns: 4,
      density: 'compact',
    });
  }

  /** Follows the head when it has turned or walked far enough. */
  override update(): void {
    this.follow(false);
  }

  protected override onAttach(): void {
    this.panel.mesh.setEnabled(true);
    this.follow(true);
  }

  protected override onDetach(): void {
    this.o.settings.close();
    this.panel.mesh.setEnabled(false);
  }

  /** Steps aside for the settings panel (opened on the bar's anchor, bottoms level) until it closes. */
  private openSettings(): void {
    this.away = true;
    this.panel.hide();
    this.o.settings.open({
      parent: this.anchor,
      bottom: -BAR.height / 2,
      onClose: () => {
        this.away = false;
        this.refresh();
        this.panel.mesh.setEnabled(this.attached);
      },
    });
  }

  private onControl(id: string): void {
    if (id === OPEN_SETTINGS_ID) this.openSettings();
    else if (id === SEATED_CONTROL_IDS.seated) this.o.seated.setSeated(!this.o.seated.isSeated());
    else if (id === SEATED_CONTROL_IDS.recentre) this.o.seated.recentre();
    else performControl(COMFORT_BAR_BINDINGS, this.o.actions, id);
  }

  private follow(force: boolean): void {
    const head: Camera | null = this.o.scene.activeCamera;
    if (!head) return;
    const p = head.globalPosition;
    const f = head.getDirection(Vector3.Forward());
    const yaw = Math.atan2(f.x, f.z);
    const turned = Math.abs(Math.atan2(Math.sin(yaw - this.placedYaw), Math.cos(yaw - this.placedYaw)));
    const moved = Vector3.Distance(new Vector3(p.x, 0, p.z), this.placedAt);
    if (!force && turned < PLACE.turn && moved < PLACE.walk) return;
    this.placedYaw = yaw;
    this.placedAt.set(p.x, 0, p.z);
    // Below the eyes, but never outside 0.8–1.6 m above the visitor's real floor (XAUR, seated or standing).
    const floor = this.o.realFloor();
    const y = Math.min(floor + REAL_BAND.max - BAR.height / 2, Math.max(floor + REAL_BAND.min + BAR.height / 2, p.y - PLACE.below));
    const towards = yaw + PLACE.side;
    this.anchor.position.set(p.x + Math.sin(towards) * PLACE.ahead, y, p.z + Math.cos(towards) * PLACE.ahead);
    // +Z of the anchor faces the visitor, tilted up towards the eyes.
    this.anchor.rotation.set(-0.6, towards + Math.PI, 0);
  }
}
