import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import type { LiveArchive } from '@sammantrade/core/node';
import { createApp, type FeedAppOptions } from './app.js';
import { FeedStore, type FeedStoreOptions } from './store.js';

/** Options for {@link createServer}. */
export interface FeedServerOptions extends FeedStoreOptions, FeedAppOptions {
  /** The archive folder, or an archive kept loaded by the process (shared with the web viewer). */
  archive: string | LiveArchive;
}

/**
 * The origin subscribe links use when no public URL is set: the address listened on; for all
 * interfaces (0.0.0.0, ::) the machine's name, since no client can reach "0.0.0.0".
 */
export function listenOrigin(host: string, port: number): string {
  const name = host === '' || host === '0.0.0.0' || host === '::' ? hostname() : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** A feed server that is built but not yet listening. */
export interface FeedServer {
  server: Server;
  store: FeedStore;
  /** Listens on `port` (0 for any) and `host`, resolving to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting connections, ends idle ones and stops watching the archive. */
  close(): Promise<void>;
}

/**
 * Loads the archive and builds the HTTP server over it, without listening, so tests can use a port
 * of their own. Throws a SammantradeError when the archive is invalid.
 */
export async function createServer(options: FeedServerOptions): Promise<FeedServer> {
  // Event UIDs carry the host people subscribe at, so two installations never share UIDs.
  const host = options.publicUrl && URL.canParse(options.publicUrl) ? new URL(options.publicUrl).hostname : undefined;
  const store = await new FeedStore(options.archive, {
    ...options,
    ...(options.uidDomain === undefined && host ? { uidDomain: host } : {}),
  }).open();
  let listening: string | undefined;
  const app = createApp(store, { ...options, listenUrl: () => listening });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Slow or stuck clients must not hold the server: bounded header time and keep-alive.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return {
    server,
    store,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: bound } = server.address() as AddressInfo;
          listening = listenOrigin(host, bound);
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
      }),
    close: async () => {
      await store.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
