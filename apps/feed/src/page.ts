import { feedPath, type SubscribeLinks, stripControlChars, subscribeLinks } from '@sammantrade/core';
import type { ServedFeed } from './snapshot.js';

/** Escapes text for HTML element content and quoted attribute values, leaving out control characters. */
export function escapeHtml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A feed as `/calendars.json` lists it. */
export interface FeedListing {
  id: string;
  name: string;
  bodyId: string | null;
  year: number | null;
  /** Null when the server makes feeds when asked for (a database served per body) and has not counted them. */
  events: number | null;
  links: SubscribeLinks;
}

/** The feeds with their subscribe links, for `/calendars.json` and the index page. */
export function listFeeds(feeds: readonly ServedFeed[], origin: string): FeedListing[] {
  return feeds.map((f) => ({
    id: f.id,
    name: f.name,
    bodyId: f.bodyId ?? null,
    year: f.year ?? null,
    events: f.events,
    links: subscribeLinks(`${origin}${f.path}`, f.name),
  }));
}

/**
 * One feed per body, for an archive served per body: its years' feeds exist too (`/calendars/<body>/<year>.ics`),
 * but which years have events is known only once the body's feed is made.
 */
export function listBodyFeeds(bodies: readonly { id: string; name: string }[], origin: string): FeedListing[] {
  return bodies.map((b) => ({
    id: b.id,
    name: b.name,
    bodyId: b.id,
    year: null,
    events: null,
    links: subscribeLinks(`${origin}${feedPath(b.id)}`, b.name),
  }));
}

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}a:focus-visible,summary:focus-visible{outline:3px solid #b35900;outline-offset:2px}
h1{font-size:1.6rem}h1,h2,h3{overflow-wrap:anywhere;hyphens:auto}@media (max-width:30rem){h1{font-size:1.35rem}}h2{font-size:1.25rem;margin-top:2rem}ul.feeds{list-style:none;padding:0}
ul.feeds>li{border:1px solid #ccc;border-radius:.4rem;padding:.75rem 1rem;margin:.75rem 0}
.links{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0;padding:0;list-style:none}
.links a{display:inline-block;padding:.3rem .7rem;border:1px solid #0b4f8a;border-radius:.3rem;text-decoration:none}
code{word-break:break-all;background:#f3f3f3;padding:0 .2rem}.years{font-size:.95rem}`;

function feedItem(feed: FeedListing, years: FeedListing[]): string {
  const l = feed.links;
  const n = escapeHtml(feed.name);
  return `<li><h3>${n}</h3><p>${feed.events === null ? '' : `${feed.events} händelser. `}Adress att prenumerera på: <code>${escapeHtml(l.https)}</code></p>
<ul class="links" aria-label="Prenumerera på ${n}">
<li><a href="${escapeHtml(l.webcal)}">Öppna i kalenderprogram<span class="sr"> (${n})</span></a></li>
<li><a href="${escapeHtml(l.outlookWork)}">Outlook på webben (jobb)</a></li>
<li><a href="${escapeHtml(l.outlookPersonal)}">Outlook.com (privat)</a></li>
<li><a href="${escapeHtml(l.google)}">Google Kalender</a></li>
<li><a href="${escapeHtml(l.https)}">Ladda ner .ics</a></li>
</ul>${years.length ? `<p class="years">Per år: ${years.map((y) => `<a href="${escapeHtml(y.links.https)}">${y.year}</a>`).join(', ')}</p>` : ''}</li>`;
}

/** The index page: every feed with its subscribe buttons and short instructions, in Swedish. */
export function renderIndexPage(feeds: FeedListing[]): string {
  const top = feeds.filter((f) => f.year === null);
  const items = top.map((f) =>
    feedItem(
      f,
      feeds.filter((y) => y.year !== null && y.bodyId === f.bodyId && f.bodyId !== null),
    ),
  );
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sammanträdeskalendrar</title><style>${STYLE}.sr{position:absolute;left:-9999px}</style></head>
<body><main>
<h1>Sammanträdes&shy;kalendrar</h1>
<p>Prenumerera på ett organs sammanträden. Kalendern uppdateras av sig själv när ett möte flyttas eller ställs in. Alla tider är svensk tid.</p>
<ul class="feeds">${items.join('\n')}</ul>
<h2>Så prenumererar du</h2>
<dl>
<dt>Outlook för Windows eller Mac</dt><dd>Välj <em>Öppna i kalenderprogram</em>, eller: Kalender → Lägg till kalender → Från internet, och klistra in adressen.</dd>
<dt>Outlook på webben</dt><dd>Välj <em>Outlook på webben (jobb)</em> för ett jobbkonto eller <em>Outlook.com</em> för ett privat konto. Eller: Lägg till kalender → Prenumerera från webben, och klistra in adressen (den som börjar med https).</dd>
<dt>Google Kalender</dt><dd>Välj <em>Google Kalender</em>, eller: Andra kalendrar → + → Från webbadress, och klistra in adressen. Google hämtar om kalendern några gånger per dygn.</dd>
<dt>Apple Kalender (Mac, iPhone, iPad)</dt><dd>Välj <em>Öppna i kalenderprogram</em>, eller: Arkiv → Ny kalenderprenumeration (på iPhone: Inställningar → Kalender → Konton → Lägg till konto → Annat → Lägg till prenumererad kalender).</dd>
</dl>
</main></body></html>
`;
}
