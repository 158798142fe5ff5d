/**
 * The officer's side of one accepted call: microphone, the peer link (the officer offers), the citizen's voice on
 * an <audio> element, and a mute switch. Signalling goes out through `send`.
 */
import { createPeerLink, openMicrophone, stopStream, type PeerLink } from '../../live/peerLink';
import type { SignalData } from '../../shared/live/protocol';

/** A running call on the console. */
export interface OfficerCall {
  callId: string;
  receive(data: SignalData): Promise<void>;
  setMuted(muted: boolean): void;
  rtpBytes(): Promise<{ inbound: number; outbound: number }>;
  end(): void;
}

/** Opens the microphone, connects, and sends the offer. */
export async function startOfficerCall(callId: string, iceServers: RTCIceServer[], send: (data: SignalData) => void, audio: HTMLAudioElement): Promise<OfficerCall> {
  const mic = await openMicrophone();
  const link: PeerLink = createPeerLink({
    iceServers,
    local: mic,
    send,
    onRemote: (stream) => {
      audio.srcObject = stream;
      void audio.play().catch(() => undefined);
    },
  });
  await link.offer();
  return {
    callId,
    receive: (data) => link.receive(data),
    setMuted: (muted) => mic.getAudioTracks().forEach((t) => (t.enabled = !muted)),
    rtpBytes: () => link.rtpBytes(),
    end() {
      link.close();
      stopStream(mic);
      audio.srcObject = null;
    },
  };
}
