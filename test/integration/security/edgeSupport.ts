/** Helpers of the edge security suites: raw HTTP request lines, fresh keys, fake dist/ folders. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/** One answer read off a raw socket. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `requestLine` (e.g. `GET http://host/api/health HTTP/1.1`, which no HTTP client library lets us write) to a
 * listening app over a raw socket and parses the answer.
 */
export async function rawRequest(app: FastifyInstance, requestLine: string, extraHeaders = ''): Promise<RawAnswer> {
  const port = (app.server.address() as net.AddressInfo).port;
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/** The files of a fake webpack dist/: index, a hashed bundle and its source map, the officer page. */
const DIST_FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>hall</title>',
  'main.8827abc3.js': 'console.log(1)\n//# sourceMappingURL=main.8827abc3.js.map',
  'main.8827abc3.js.map': '{"version":3,"sources":["webpack://hall/src/secret.ts"],"mappings":""}',
  'officer.html': '<!doctype html><title>officer</title>',
};

/** Writes a fake dist/ with a source map into a fresh temp folder. */
export function fakeDistWithMaps(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hall-edge-dist-'));
  for (const [name, text] of Object.entries(DIST_FILES)) writeFileSync(path.join(dir, name), text);
  return dir;
}
