import { expect } from 'chai';
import { AvatarVoice, pickVoice, type SpeechSynth } from '../../../../src/ui/avatarVoice';

type FakeUtterance = { text: string; lang: string; voice: SpeechSynthesisVoice | null; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };

const voice = (lang: string, name = lang) => ({ lang, name, default: false, localService: true, voiceURI: name }) as SpeechSynthesisVoice;

class FakeSynth implements SpeechSynth {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  constructor(public voices: SpeechSynthesisVoice[]) {}
  speak(u: SpeechSynthesisUtterance): void {
    this.spoken.push(u as unknown as FakeUtterance);
  }
  cancel(): void {
    this.cancels++;
    // The browser reports a cut-off utterance as an 'interrupted' error.
    const last = this.spoken[this.spoken.length - 1];
    last?.onerror?.({ error: 'interrupted' });
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }
}

function make(synth: SpeechSynth | null) {
  const speaking: boolean[] = [];
  const v = new AvatarVoice({
    synth,
    makeUtterance: (text) => ({ text, lang: '', voice: null }) as unknown as SpeechSynthesisUtterance,
    onSpeaking: (on) => speaking.push(on),
  });
  return { v, speaking };
}

describe('AvatarVoice (the officer speaks)', () => {
  it('picks an Indonesian or English voice by the visitor language', () => {
    const voices = [voice('en-GB'), voice('id-ID', 'Damayanti'), voice('en-US', 'Samantha')];
    expect(pickVoice(voices, 'id')!.name).to.equal('Damayanti');
    expect(pickVoice(voices, 'en')!.name).to.equal('Samantha');
    expect(pickVoice([voice('in_ID', 'Android')], 'id')!.name).to.equal('Android');
    expect(pickVoice([voice('en-GB')], 'id')).to.equal(null);
  });

  it('speaks the line with that voice and animates the avatar while it speaks', () => {
    const synth = new FakeSynth([voice('id-ID'), voice('en-US')]);
    const { v, speaking } = make(synth);
    v.say('Selamat datang', 'id');
    expect(synth.spoken).to.have.length(1);
    expect(synth.spoken[0].text).to.equal('Selamat datang');
    expect(synth.spoken[0].lang).to.equal('id-ID');
    synth.spoken[0].onstart!();
    synth.spoken[0].onend!();
    expect(speaking).to.deep.equal([true, false]);
  });

  it('cuts the old line off for a new one (language switch) and stops when the visitor leaves', () => {
    const synth = new FakeSynth([voice('id-ID'), voice('en-US')]);
    const { v, speaking } = make(synth);
    v.say('Silakan isi formulir', 'id');
    synth.spoken[0].onstart!();
    v.say('Please fill in the form', 'en');
    expect(synth.cancels).to.equal(1);
    expect(synth.spoken[1].lang).to.equal('en-US');
    synth.spoken[1].onstart!();
    // A late end event of the cut-off line does not stop the new one's animation.
    synth.spoken[0].onend!();
    expect(speaking).to.deep.equal([true, false, true]);
    v.stop();
    expect(synth.cancels).to.equal(2);
    expect(speaking).to.deep.equal([true, false, true, false]);
  });

  it('stays silent without an error where there is no speech API or no voice for the language', () => {
    const none = make(null);
    expect(() => none.v.say('Halo', 'id')).to.not.throw();
    expect(() => none.v.stop()).to.not.throw();
    expect(none.speaking).to.deep.equal([]);
    const englishOnly = new FakeSynth([voice('en-US')]);
    make(englishOnly).v.say('Halo', 'id');
    expect(englishOnly.spoken).to.have.length(0);
  });

  it('still asks the browser by language when it has not listed its voices yet', () => {
    const synth = new FakeSynth([]);
    make(synth).v.say('Halo', 'id');
    expect(synth.spoken[0].lang).to.equal('id-ID');
  });
});
