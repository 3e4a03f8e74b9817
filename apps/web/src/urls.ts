/** The id of a paragraph's anchor on its meeting page: `p763`, so a permalink ends in `#p763`. */
export function anchorOf(paragraphNumber: number): string {
  return `p${paragraphNumber}`;
}

const seg = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(params).filter(
    (p): p is [string, string | number] => p[1] !== undefined && p[1] !== '' && p[1] !== 1,
  );
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${seg(String(v))}`).join('&')}` : '';
}

/**
 * Every address of the viewer, in one place. Pages end in a slash so that a static site (folders
 * with `index.html`) answers them without redirects; `base` is the path the site is published under.
 */
export class Urls {
  /** @param base the site's path prefix without a trailing slash: `''` or `'/protokoll'`. */
  constructor(readonly base = '') {}

  home(): string {
    return `${this.base}/`;
  }
  body(bodyId: string): string {
    return `${this.base}/organ/${seg(bodyId)}/`;
  }
  /** One year of a body's meetings. */
  bodyYear(bodyId: string, year: number): string {
    return `${this.base}/organ/${seg(bodyId)}/ar/${year}/`;
  }
  meeting(bodyId: string, meetingId: string): string {
    return `${this.base}/organ/${seg(bodyId)}/${seg(meetingId)}/`;
  }
  /** The permalink of a paragraph. */
  paragraph(bodyId: string, meetingId: string, paragraphNumber: number): string {
    return `${this.meeting(bodyId, meetingId)}#${anchorOf(paragraphNumber)}`;
  }
  cases(): string {
    return `${this.base}/arende/`;
  }
  /** @param slug the case's `caseSlug` */
  case(slug: string): string {
    return `${this.base}/arende/${seg(slug)}/`;
  }
  assignments(filter: { status?: string; organ?: string; page?: number } = {}): string {
    return `${this.base}/uppdrag/${query({ status: filter.status === 'all' ? undefined : filter.status, organ: filter.organ, sida: filter.page })}`;
  }
  decisions(filter: { organ?: string; utfall?: string; page?: number } = {}): string {
    return `${this.base}/beslut/${query({ organ: filter.organ, utfall: filter.utfall, sida: filter.page })}`;
  }
  programmes(): string {
    return `${this.base}/program/`;
  }
  programme(id: string): string {
    return `${this.base}/program/${seg(id)}/`;
  }
  /** The search page; with a query, its filters (body, year, kind) and a page of hits. */
  search(q?: string, page?: number, filter: { organ?: string; ar?: string; typ?: string } = {}): string {
    return `${this.base}/sok/${query({ q, organ: filter.organ, ar: filter.ar, typ: filter.typ, sida: page })}`;
  }
  /** A file under /assets/. */
  asset(name: string): string {
    return `${this.base}/assets/${seg(name)}`;
  }
}
