import { expect } from 'chai';
import { Feature, FeatureList, Subscriptions } from '../../../src/input/feature';

/** A feature that records its lifecycle and listens to one event target while attached. */
class Recorder extends Feature {
  readonly log: string[] = [];
  heard = 0;
  constructor(
    readonly name: string,
    private readonly source: EventTarget,
  ) {
    super();
  }
  override update(dt: number): void {
    this.log.push(`update ${dt}`);
  }
  protected override onAttach(): void {
    this.log.push('attach');
    this.subs.listen(this.source, 'ping', () => this.heard++);
  }
  protected override onDetach(): void {
    this.log.push('detach');
  }
  protected override onDispose(): void {
    this.log.push('dispose');
  }
}

describe('features (attach / detach / update / dispose)', () => {
  it('removes its listeners on detach and adds them again on attach', () => {
    const source = new EventTarget();
    const f = new Recorder('a', source);
    f.attach();
    source.dispatchEvent(new Event('ping'));
    f.detach();
    source.dispatchEvent(new Event('ping'));
    expect(f.heard).to.equal(1);
    f.attach();
    source.dispatchEvent(new Event('ping'));
    expect(f.heard).to.equal(2);
  });

  it('attaches and detaches once however often it is asked', () => {
    const f = new Recorder('a', new EventTarget());
    f.attach();
    f.attach();
    f.detach();
    f.detach();
    expect(f.log).to.deep.equal(['attach', 'detach']);
  });

  it('steps only attached features, in the order they were added', () => {
    const list = new FeatureList();
    const order: string[] = [];
    const a = list.add(new Recorder('a', new EventTarget()));
    const b = list.add(new Recorder('b', new EventTarget()), false);
    const c = list.add(new Recorder('c', new EventTarget()));
    for (const f of [a, b, c]) f.update = (dt) => order.push(`${f.name}${dt}`);
    list.update(0.5);
    list.attach('b');
    list.detach('a');
    list.update(1);
    expect(order).to.deep.equal(['a0.5', 'c0.5', 'b1', 'c1']);
    expect(list.isAttached('a')).to.equal(false);
    expect(list.names()).to.deep.equal(['a', 'b', 'c']);
  });

  it('disposes newest first, detaching each before it frees what it built', () => {
    const list = new FeatureList();
    const events: string[] = [];
    const a = list.add(new Recorder('a', new EventTarget()));
    const b = list.add(new Recorder('b', new EventTarget()));
    list.dispose();
    events.push(...b.log.map((e) => `b ${e}`), ...a.log.map((e) => `a ${e}`));
    expect(events).to.deep.equal(['b attach', 'b detach', 'b dispose', 'a attach', 'a detach', 'a dispose']);
  });

  it('refuses two features of the same name and names a missing one', () => {
    const list = new FeatureList();
    list.add(new Recorder('a', new EventTarget()));
    expect(() => list.add(new Recorder('a', new EventTarget()))).to.throw('added twice');
    expect(() => list.attach('nope')).to.throw('No feature "nope"');
  });
});

describe('Subscriptions', () => {
  it('undoes every subscription, newest first, and is empty afterwards', () => {
    const subs = new Subscriptions();
    const undone: number[] = [];
    subs.add(() => undone.push(1));
    subs.add(() => undone.push(2));
    expect(subs.size).to.equal(2);
    subs.clear();
    expect(undone).to.deep.equal([2, 1]);
    expect(subs.size).to.equal(0);
    subs.clear();
    expect(undone).to.deep.equal([2, 1]);
  });
});
