import type { Archive } from '@sammantrade/core';
import type { Assets } from './assets.js';
import type { Urls } from './urls.js';

/**
 * Everything a page needs to render. `server` pages may use query strings (filters, paging);
 * `static` pages must work as plain files, so they show everything and search in the browser.
 */
export interface ViewContext {
  readonly archive: Archive;
  /**
   * What the menu and the body pickers list: the whole archive, or (an archive served per body, where
   * `archive` is one body's) its bodies and programmes.
   */
  readonly site: Archive;
  readonly urls: Urls;
  /** Today in Stockholm, `YYYY-MM-DD`: what "upcoming" and "overdue" are measured against. */
  readonly today: string;
  readonly mode: 'server' | 'static';
  /** The feed server's root URL, for subscribe links. */
  readonly feedUrl: string;
  /** The site's name in titles and the header. */
  readonly siteName: string;
  readonly assets: Assets;
}
