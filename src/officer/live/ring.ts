/** The incoming-call sound: two short tones made with WebAudio (no audio file to ship or fetch). */

/** Plays the ring once on `ctx` (an AudioContext the officer unlocked by clicking "available"). */
export function ring(ctx: AudioContext): void {
  const start = ctx.currentTime;
  [0, 0.25].forEach((offset, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = i === 0 ? 880 : 660;
    gain.gain.setValueAtTime(0.2, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start + offset);
    osc.stop(start + offset + 0.22);
  });
}
