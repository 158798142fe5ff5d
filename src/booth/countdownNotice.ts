import type { Locale } from '../shared/catalogue/types';

/** What the notice needs: translation, the current language, a voice and a line of page text. */
export interface CountdownNoticeOptions {
  t: (key: string, params?: Record<string, string | number>) => string;
  locale: () => Locale;
  /** The avatar's voice path (speechSynthesis): one line at a time, silent where there is none. */
  voice: { say(text: string, locale: Locale): void; stop(): void };
  /** A status line on the page (role="status"), read by screen readers and shown on the desktop page. */
  line: { textContent: string | null; hidden: boolean };
}

/**
 * The idle countdown announced (issue 12, timeouts): when it appears it is said aloud and written in a
 * status line, with how to get more time ("Saya masih di sini"); it is said once, not every second, and
 * silenced when the visitor answers or the wipe runs. Babylon-free.
 */
export class CountdownNotice {
  private showing = false;

  constructor(private readonly o: CountdownNoticeOptions) {}

  /** Follows the countdown: seconds left while it shows, null when it hides. */
  set(seconds: number | null): void {
    if (seconds === null) return this.hide();
    if (this.showing) return;
    this.showing = true;
    const text = this.o.t('hall.idle.announce', { seconds, stay: this.o.t('hall.idle.stay') });
    this.o.line.textContent = text;
    this.o.line.hidden = false;
    this.o.voice.say(text, this.o.locale());
  }

  private hide(): void {
    if (!this.showing) return;
    this.showing = false;
    this.o.voice.stop();
    this.o.line.hidden = true;
    this.o.line.textContent = '';
  }
}
