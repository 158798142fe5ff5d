/**
 * The WebRTC half of a live call, used by both the officer console and the kiosk: one RTCPeerConnection (DTLS-SRTP,
 * peer to peer), the local microphone track, trickled ICE through the signalling socket, the remote audio stream.
 * The officer makes the offer; the kiosk answers. Babylon-free; loaded only with the call code.
 */
import type { SignalData } from '../shared/live/protocol';

/** Options of a peer link. */
export interface PeerLinkOptions {
  iceServers: RTCIceServer[];
  /** The local microphone (the browser asked for it just before). */
  local: MediaStream;
  /** Sends signalling to the other side. */
  send: (data: SignalData) => void;
  /** The other side's audio arrived. */
  onRemote: (stream: MediaStream) => void;
}

/** A running peer connection. */
export interface PeerLink {
  readonly pc: RTCPeerConnection;
  /** Officer side: creates and sends the offer. */
  offer(): Promise<void>;
  /** Applies signalling from the other side (answering an offer). */
  receive(data: SignalData): Promise<void>;
  /** Bytes of RTP received and sent so far (audio), from getStats(). */
  rtpBytes(): Promise<{ inbound: number; outbound: number }>;
  close(): void;
}

/** Opens a peer connection carrying the local microphone. */
export function createPeerLink(o: PeerLinkOptions): PeerLink {
  const pc = new RTCPeerConnection({ iceServers: o.iceServers });
  for (const track of o.local.getAudioTracks()) pc.addTrack(track, o.local);
  // Candidates that arrive before the remote description wait for it.
  const early: RTCIceCandidateInit[] = [];
  pc.onicecandidate = (e) => o.send({ candidate: e.candidate ? { candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex } : null });
  pc.ontrack = (e) => o.onRemote(e.streams[0] ?? new MediaStream([e.track]));
  const describe = (d: RTCSessionDescriptionInit) => o.send({ description: { type: d.type as 'offer' | 'answer', sdp: d.sdp ?? '' } });
  return {
    pc,
    async offer() {
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      describe(offer);
    },
    async receive(data) {
      if (data.description) {
        await pc.setRemoteDescription(data.description);
        for (const c of early.splice(0)) await pc.addIceCandidate(c);
        if (data.description.type === 'offer') {
          const answer = await pc.createAnswer();
          await pc.setLocalDescription(answer);
          describe(answer);
        }
      } else if (data.candidate) {
        if (pc.remoteDescription) await pc.addIceCandidate(data.candidate);
        else early.push(data.candidate);
      }
    },
    async rtpBytes() {
      const totals = { inbound: 0, outbound: 0 };
      (await pc.getStats()).forEach((r: { type: string; kind?: string; bytesReceived?: number; bytesSent?: number }) => {
        if (r.type === 'inbound-rtp' && r.kind === 'audio') totals.inbound += r.bytesReceived ?? 0;
        if (r.type === 'outbound-rtp' && r.kind === 'audio') totals.outbound += r.bytesSent ?? 0;
      });
      return totals;
    },
    close() {
      pc.onicecandidate = null;
      pc.ontrack = null;
      pc.close();
    },
  };
}

/** Asks for the microphone (audio only, with echo cancellation); the caller explains why before calling this. */
export function openMicrophone(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true }, video: false });
}

/** Stops every track of a stream (the microphone light goes off). */
export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
