/** States of the Enter VR button, as in the immersive-web samples. */
export type EnterVrState = 'checking' | 'ready' | 'presenting' | 'unsupported' | 'error';

/** Options of the Enter VR button. */
export interface EnterVrButtonOptions {
  root: HTMLElement;
  /** Translated text for each state. */
  text: (state: EnterVrState) => string;
  onButtonClicked: (state: EnterVrState) => void;
}

/**
 * The DOM button that enters and leaves VR. Its accessible name always says what it does
 * ("Masuk VR" / "Enter VR"), and an unsupported browser gets a disabled button that says so.
 */
export class EnterVrButton {
  /** The button element. */
  readonly element: HTMLButtonElement;
  private state: EnterVrState = 'checking';

  constructor(private readonly o: EnterVrButtonOptions) {
    this.element = document.createElement('button');
    this.element.type = 'button';
    this.element.className = 'enter-vr';
    this.element.addEventListener('click', () => o.onButtonClicked(this.state));
    o.root.append(this.element);
    this.set('checking');
  }

  /** Moves the button to a state and redraws it. */
  set(state: EnterVrState, detail?: string): void {
    this.state = state;
    this.element.dataset.state = state;
    this.element.disabled = state === 'checking' || state === 'unsupported';
    this.element.textContent = this.o.text(state);
    this.element.title = detail ?? this.o.text(state);
  }

  /** Redraws in the current language. */
  refresh(): void {
    this.set(this.state);
  }
}
