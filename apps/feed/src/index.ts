/**
 * @sammantrade/feed: the iCalendar subscription server over a Sammanträde archive.
 * @packageDocumentation
 */
export type { FeedAppOptions } from './app.js';
export { createApp } from './app.js';
export type { FeedServer, FeedServerOptions } from './server.js';
export { createServer } from './server.js';
export type { ServedFeed } from './snapshot.js';
export type { FeedStoreOptions } from './store.js';
export { FeedStore } from './store.js';
