import { createServer } from 'node:net';

/**
 * A TCP port nothing listens on right now, found by letting the OS pick one.
 * Another process could take it before the caller binds; on a test machine that race is negligible.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('The OS returned no port'))));
    });
  });
}
