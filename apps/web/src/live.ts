import type { Archive } from '@sammantrade/core';
import type { LiveArchive } from '@sammantrade/core/node';
import type { Hono } from 'hono';
import { createApp, type WebOptions } from './app.js';

/** What {@link followArchive} gives a Node server. */
export interface FollowedArchive {
  /** Answers a request from the app of the latest version of the archive. */
  fetch: Hono['fetch'];
  /** Resolves once the first app is ready (its search index built). */
  ready: Promise<void>;
  /** Stops following the archive. */
  stop: () => void;
}

/**
 * The viewer over an archive that changes: requests go to the app of the latest version, swapped in
 * whole when the archive changes (a broken edit leaves the last good version on show). Each app builds
 * its search index before it takes requests, so no visitor waits for it; until then the previous app
 * answers.
 */
export function followArchive(
  live: LiveArchive,
  options: Omit<WebOptions, 'archive'> & { onChange?: (archive: Archive) => void },
): FollowedArchive {
  // Served per body (a large database), pages read the bodies they show through the parts.
  const perBody = live.parts ? { parts: live.parts } : {};
  let app = createApp({ ...options, ...perBody, archive: live.current });
  let latest = 0;
  const prepare = async (next: Hono): Promise<void> => {
    await next.request('/sok/?q=sammantrade');
  };
  const ready = prepare(app);
  const stop = live.subscribe((archive) => {
    const mine = ++latest;
    const next = createApp({ ...options, ...perBody, archive });
    void prepare(next).then(() => {
      if (mine !== latest) return; // a newer version came meanwhile
      app = next;
      options.onChange?.(archive);
    });
  });
  return { fetch: (request, env, context) => app.fetch(request, env, context), ready, stop };
}
