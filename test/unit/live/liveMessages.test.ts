import { expect } from 'chai';
import { parseIceServers } from '../../../src/server/live/iceServers';
import { parseCitizenMessage, parseOfficerMessage } from '../../../src/server/live/liveMessages';

describe('live socket messages', () => {
  it('accepts well-formed messages', () => {
    expect(parseCitizenMessage('{"t":"call","unit":"pajak"}')).to.deep.equal({ t: 'call', unit: 'pajak' });
    expect(parseCitizenMessage('{"t":"signal","data":{"candidate":null}}')).to.not.equal(null);
    expect(parseOfficerMessage('{"t":"presence","status":"away"}')).to.deep.equal({ t: 'presence', status: 'away' });
    expect(parseOfficerMessage('{"t":"chat","callId":"abc","text":"halo"}')).to.not.equal(null);
  });

  it('refuses unknown types, wrong shapes and oversize payloads', () => {
    for (const raw of ['nope', '[]', '{"t":"launch"}', '{"t":"call"}', '{"t":"chat","text":"   "}', `{"t":"chat","text":"${'x'.repeat(501)}"}`, '{"t":"signal","data":{}}', '{"t":"signal","data":{"description":{"type":"pranswer","sdp":""}}}', '{"t":"consent","context":"yes","form":false}', '{"t":"context","context":{"form":{"nik":1}}}']) {
      expect(parseCitizenMessage(raw), raw).to.equal(null);
    }
    for (const raw of ['{"t":"presence","status":"busy"}', '{"t":"accept"}', '{"t":"transfer","callId":"a"}', `{"t":"signal","callId":"a","data":{"description":{"type":"offer","sdp":"${'x'.repeat(13000)}"}}}`]) {
      expect(parseOfficerMessage(raw), raw).to.equal(null);
    }
  });
});

describe('ICE_SERVERS', () => {
  it('reads STUN/TURN entries and refuses anything else', () => {
    expect(parseIceServers(undefined)).to.deep.equal([]);
    expect(parseIceServers('[{"urls":"stun:stun.kota.go.id:3478"},{"urls":["turn:t.kota.go.id"],"username":"hall","credential":"k"}]')).to.deep.equal([
      { urls: 'stun:stun.kota.go.id:3478' },
      { urls: ['turn:t.kota.go.id'], username: 'hall', credential: 'k' },
    ]);
    for (const bad of ['stun:x', '{"urls":"stun:x"}', '[{"urls":"http://x"}]', '[{"urls":"stun:x","username":1}]']) expect(() => parseIceServers(bad), bad).to.throw(/ICE_SERVERS must be/);
  });
});
