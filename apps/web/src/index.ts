/**
 * @sammantrade/web: a web viewer over a Sammanträde archive, as a Hono app, a Node server and a
 * static-site builder. Server-rendered Swedish HTML that works without JavaScript.
 * @packageDocumentation
 */

export type { WebOptions } from './app.js';
export { CONTENT_SECURITY_POLICY, createApp, DEFAULT_FEED_URL } from './app.js';
export type { Asset, Assets } from './assets.js';
export { createAssets, loadSearchScript } from './assets.js';
export type { Content } from './escape.js';
export { escapeHtml, Html, html, raw } from './escape.js';
export type { FollowedArchive } from './live.js';
export { followArchive } from './live.js';
export { close, createServer, listen } from './server.js';
export type { StaticOptions, StaticResult } from './static.js';
export { buildStaticSite, sitePaths } from './static.js';
export { anchorOf, Urls } from './urls.js';
