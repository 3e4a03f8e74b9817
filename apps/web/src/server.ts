import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp, type WebOptions } from './app.js';

/**
 * A Node HTTP server for the viewer, not yet listening. Give it an app, or the options to make one.
 * Malformed requests are answered by Node (400, 431) or by the app (404); none of them stops it.
 */
export function createServer(appOrOptions: Pick<Hono, 'fetch'> | WebOptions): Server {
  const app = 'fetch' in appOrOptions ? appOrOptions : createApp(appOrOptions);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow or stalled clients must not hold sockets for long: a page is small.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  return server;
}

/** Starts `server` on `port` (0 for any free one) and `hostname`; resolves with the address it got. */
export function listen(server: Server, port: number, hostname = '127.0.0.1'): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, hostname, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Stops accepting connections and closes idle ones; resolves when the server has closed. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
