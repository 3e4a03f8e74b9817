/** The ways to subscribe to one calendar feed, for buttons in the viewer and the feed's index. */
export interface SubscribeLinks {
  /** The feed itself. New Outlook strips `webcal:`, so this is the link to paste. */
  https: string;
  /** Opens the system calendar (Apple Calendar, Outlook desktop) with a subscription. */
  webcal: string;
  /** Outlook on the web, personal accounts (outlook.live.com): "add calendar from web". */
  outlookPersonal: string;
  /** Outlook on the web, work or school accounts (Microsoft 365). */
  outlookWork: string;
  /** Google Calendar's "add by URL". */
  google: string;
}

/** The path of a body's feed below the feed server's root: `/calendars/<id>.ics`, or per year. */
export function feedPath(bodyId: string | 'all', year?: number): string {
  const id = encodeURIComponent(bodyId);
  return year === undefined ? `/calendars/${id}.ics` : `/calendars/${id}/${year}.ics`;
}

/**
 * Subscribe links for the feed at `feedUrl` (an absolute http(s) URL) named `name`.
 * @example subscribeLinks('https://kalender.example.se/calendars/halsingeradet.ics', 'Hälsingerådet').webcal
 * // 'webcal://kalender.example.se/calendars/halsingeradet.ics'
 */
export function subscribeLinks(feedUrl: string, name: string): SubscribeLinks {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`not an http(s) URL: ${feedUrl}`);
  const https = url.href;
  const webcal = `webcal://${https.slice(url.protocol.length + 2)}`;
  const query = `url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`;
  return {
    https,
    webcal,
    outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?${query}`,
    outlookWork: `https://outlook.office.com/calendar/0/addfromweb?${query}`,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  };
}
