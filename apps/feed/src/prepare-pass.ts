// The feed's pass over every body of a database served per body after start: run by core's prepare
// thread (`prepareInThread`), with its own connections and at a lower priority, which imports this
// module. Made on the thread that answers requests, each feed (some 80 ms of processor time on a
// national archive) held up every request that came meanwhile, for the minutes the pass takes. A
// request for a body finds the feed kept in the database once the thread has made it, as a second
// server would.
import type { FeedOptions } from '@sammantrade/core';
import type { ArchiveParts } from '@sammantrade/core/node';
import { BodyFeeds } from './body-feeds.js';

/** Makes each body's feed the database does not keep as made from its records now (see `BodyFeeds.prepare`). */
export function preparePass(
  parts: ArchiveParts,
  bodies: readonly string[],
  stop: () => boolean,
  options: unknown,
): Promise<{ made: number; kept: number }> {
  return new BodyFeeds(parts, options as FeedOptions).prepare(bodies, stop);
}
