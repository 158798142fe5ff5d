import { expect } from 'chai';
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
