/**
 * The loudness of a voice stream, read with an AnalyserNode: what makes the officer avatar's mouth move with the
 * officer's real voice. The stream also plays through an <audio> element (Chromium feeds WebAudio from a remote
 * WebRTC stream only while it is played).
 */

/** A level meter on one stream. */
export interface VoiceLevel {
  /** RMS level of the latest window, 0 (silence) to 1. */
  level(): number;
  close(): void;
}

/** Meters `stream`; `ctx` is the page's AudioContext (created on a user gesture). */
export function meterVoice(ctx: AudioContext, stream: MediaStream): VoiceLevel {
  const source = ctx.createMediaStreamSource(stream);
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  return {
    level() {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      return Math.sqrt(sum / samples.length);
    },
    close() {
      source.disconnect();
      analyser.disconnect();
    },
  };
}

/**
 * Speaking or not, from successive levels, with hysteresis (on above `on`, off below `off` for `holdFrames`
 * readings), so the mouth neither flickers on breaths nor stops between syllables.
 */
export function speakingGate(options: { on?: number; off?: number; holdFrames?: number } = {}): (level: number) => boolean {
  const on = options.on ?? 0.02;
  const off = options.off ?? 0.01;
  const hold = options.holdFrames ?? 8;
  const state = { speaking: false, quiet: 0 };
  return (level) => {
    if (level >= on) {
      state.speaking = true;
      state.quiet = 0;
    } else if (level < off && state.speaking && ++state.quiet >= hold) state.speaking = false;
    return state.speaking;
  };
}
