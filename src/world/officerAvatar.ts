import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { OfficerLook } from './hallTypes';

/** The officer behind a kiosk, as the lead's kiosk flow drives it (contract in team CONTRACTS.md). */
export interface OfficerAvatar {
  /** Placed behind the kiosk counter, facing the visitor's side. */
  root: TransformNode;
  /** Waves at a visitor who walks up. */
  greet(): void;
  /** Mouth and head move while the officer talks (speech or subtitles showing). */
  setSpeaking(on: boolean): void;
  /** Advances the idle animation: breathing, sway, looking around, blinking. */
  update(dtSeconds: number): void;
}

/** The animated joints of one officer; the crowd renderer draws a part at each of them. */
export interface OfficerJoints {
  pose: TransformNode;
  torso: TransformNode;
  head: TransformNode;
  eyes: [TransformNode, TransformNode];
  mouth: TransformNode;
  arms: [TransformNode, TransformNode];
  hands: [TransformNode, TransformNode];
}

const NOMINAL_HEIGHT = 1.7;
const GREET_SECONDS = 2.4;
const ARM_REST = 0.08;

/**
 * An officer made of joints only (no meshes of its own): OfficerCrowd draws every officer's parts with thin
 * instances, so eight officers cost a handful of draw calls. Animation is pure maths on the joints.
 */
export class AnimatedOfficer implements OfficerAvatar {
  readonly root: TransformNode;
  readonly joints: OfficerJoints;
  private time: number;
  private nextBlink: number;
  private blinkLeft = 0;
  private greetLeft = 0;
  private speaking = false;

  constructor(scene: Scene, name: string, look: OfficerLook, phase: number) {
    const node = (n: string, parent: TransformNode, p: [number, number, number] = [0, 0, 0]): TransformNode => {
      const t = new TransformNode(`${name}-${n}`, scene);
      t.parent = parent;
      t.position.set(...p);
      return t;
    };
    this.root = new TransformNode(name, scene);
    const pose = node('pose', this.root);
    pose.scaling.setAll(look.height / NOMINAL_HEIGHT);
    const torso = node('torso', pose);
    const head = node('head', torso, [0, 1.4, 0]);
    const arms: [TransformNode, TransformNode] = [node('armL', torso, [-0.225, 1.34, 0]), node('armR', torso, [0.225, 1.34, 0])];
    arms[0].rotation.z = -ARM_REST;
    arms[1].rotation.z = ARM_REST;
    this.joints = {
      pose,
      torso,
      head,
      eyes: [node('eyeL', head, [-0.045, 0.195, 0.097]), node('eyeR', head, [0.045, 0.195, 0.097])],
      mouth: node('mouth', head, [0, 0.12, 0.097]),
      arms,
      hands: [node('handL', arms[0], [0, -0.6, 0]), node('handR', arms[1], [0, -0.6, 0])],
    };
    this.time = phase * 10;
    this.nextBlink = 1 + phase * 3;
  }

  greet(): void {
    this.greetLeft = GREET_SECONDS;
  }

  setSpeaking(on: boolean): void {
    this.speaking = on;
  }

  update(dtSeconds: number): void {
    const dt = Math.max(0, Math.min(dtSeconds, 0.25));
    this.time += dt;
    const t = this.time;
    const j = this.joints;
    // Breathing and a slight weight shift.
    const breath = Math.sin((t * 2 * Math.PI) / 4.2);
    j.torso.scaling.set(1 + 0.008 * breath, 1 + 0.01 * breath, 1 + 0.012 * breath);
    j.pose.rotation.z = 0.012 * Math.sin((t * 2 * Math.PI) / 7);
    // Looking around the hall, nodding while talking.
    j.head.rotation.y = 0.28 * Math.sin((t * 2 * Math.PI) / 11) * (this.speaking ? 0.3 : 1);
    j.head.rotation.x = this.speaking ? 0.05 * Math.sin(t * 7) : 0.03 * Math.sin(t * 0.9);
    j.mouth.scaling.y = this.speaking ? 1 + 1.8 * Math.abs(Math.sin(t * 11)) : 1;
    // Blinking every few seconds.
    this.nextBlink -= dt;
    if (this.nextBlink <= 0) {
      this.blinkLeft = 0.13;
      this.nextBlink = 2.5 + 2.5 * Math.abs(Math.sin(t * 12.9898));
    }
    this.blinkLeft = Math.max(0, this.blinkLeft - dt);
    const lid = this.blinkLeft > 0 ? 0.12 : 1;
    j.eyes[0].scaling.y = lid;
    j.eyes[1].scaling.y = lid;
    // The wave: raise the right arm, wave from the shoulder, lower it again.
    this.greetLeft = Math.max(0, this.greetLeft - dt);
    const arm = j.arms[1];
    if (this.greetLeft > 0) {
      const elapsed = GREET_SECONDS - this.greetLeft;
      const lift = Math.min(1, elapsed / 0.4, this.greetLeft / 0.4);
      arm.rotation.z = ARM_REST + lift * (2.55 + 0.3 * Math.sin(elapsed * 2 * Math.PI * 2.2));
      arm.rotation.x = -0.25 * lift;
    } else {
      arm.rotation.z = ARM_REST + 0.02 * breath;
      arm.rotation.x = 0;
    }
    j.arms[0].rotation.z = -ARM_REST - 0.02 * breath;
  }

  /** True while the wave is playing (for tests and for the UI not to re-trigger it). */
  get greeting(): boolean {
    return this.greetLeft > 0;
  }
}
