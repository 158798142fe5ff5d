import { createServer, type AddressInfo } from 'node:net';

/**
 * A TCP port that was free a moment ago on `host`: the OS picks it (listen on port 0), we close the
 * probe and hand the number on. The one helper every suite, bench and harness uses to place a server.
 * `host` is where the server will listen: '127.0.0.1' (default) or 'localhost' (the e2e app, a secure context).
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
