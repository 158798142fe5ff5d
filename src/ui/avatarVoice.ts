import type { Locale } from '../shared/catalogue/types';

/** The part of `speechSynthesis` the avatar uses (injected, so it is tested in Node with a fake). */
export interface SpeechSynth {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

/** Options of an avatar voice. */
export interface AvatarVoiceOptions {
  /** The browser's speech synthesis; null or undefined where there is none (then the voice is silent, subtitles still show). */
  synth: SpeechSynth | null | undefined;
  /** Makes an utterance; defaults to `new SpeechSynthesisUtterance(text)`. */
  makeUtterance?: (text: string) => SpeechSynthesisUtterance;
  /** Tells the avatar to animate its speaking (true when the utterance starts, false when it ends or is cut off). */
  onSpeaking: (on: boolean) => void;
}

/** BCP 47 tags per hall language, best first (Android still reports Indonesian as `in-ID`). */
const LANGS: Record<Locale, string[]> = { id: ['id-ID', 'in-ID', 'id'], en: ['en-US', 'en-GB', 'en'] };

/** The installed voice for a hall language: exact tag first, then any voice of that language; null when none. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const norm = (s: string) => s.replace('_', '-').toLowerCase();
  for (const tag of LANGS[locale]) {
    const exact = voices.find((v) => norm(v.lang) === tag.toLowerCase());
    if (exact) return exact;
  }
  const base = LANGS[locale].map((t) => t.slice(0, 2).toLowerCase());
  return voices.find((v) => base.includes(norm(v.lang).slice(0, 2))) ?? null;
}

/**
 * The officer's voice: speaks each guidance line with the Web Speech API in the visitor's language,
 * cutting off the previous line, and says nothing (without an error) where there is no speech API
 * or no voice for that language; subtitles on the panel carry the line either way.
 */
export class AvatarVoice {
  private current: SpeechSynthesisUtterance | null = null;

  constructor(private readonly o: AvatarVoiceOptions) {}

  /** Speaks `text` in `locale`, replacing whatever this voice was saying. */
  say(text: string, locale: Locale): void {
    this.stop();
    const synth = this.o.synth;
    if (!synth || !text.trim()) return;
    const voices = synth.getVoices();
    const voice = pickVoice(voices, locale);
    // With an installed voice list but no voice for this language, an English voice would mangle Indonesian: stay silent.
    if (!voice && voices.length > 0) return;
    const make = this.o.makeUtterance ?? ((t: string) => new SpeechSynthesisUtterance(t));
    const u = make(text);
    u.lang = voice?.lang ?? LANGS[locale][0];
    if (voice) u.voice = voice;
    u.onstart = () => {
      if (this.current === u) this.o.onSpeaking(true);
    };
    u.onend = () => this.finished(u);
    u.onerror = (e: SpeechSynthesisErrorEvent) => {
      // Cut-offs are ours (a new line, a language switch, the visitor left); anything else is worth a log line.
      if (e.error !== 'canceled' && e.error !== 'interrupted') console.warn(`Avatar speech failed: ${e.error}`);
      this.finished(u);
    };
    this.current = u;
    synth.speak(u);
  }

  /** Stops speaking now (language switch, visitor walked away, panel disposed). */
  stop(): void {
    if (!this.current) return;
    this.current = null;
    this.o.synth?.cancel();
    this.o.onSpeaking(false);
  }

  private finished(u: SpeechSynthesisUtterance): void {
    if (this.current !== u) return;
    this.current = null;
    this.o.onSpeaking(false);
  }
}
