/** The small pieces of HTTP/1.1 semantics (RFC 9110) the feed needs for caching and compression. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850 =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(\w{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

type DateParts = { day: string; month: string; year: number; clock: string[] };

/** Reads the parts of an HTTP-date in one of the three forms, or undefined. */
function dateParts(value: string): DateParts | undefined {
  const fix = IMF_FIXDATE.exec(value);
  if (fix) return { day: fix[1] ?? '', month: fix[2] ?? '', year: Number(fix[3]), clock: fix.slice(4, 7) };
  const rfc850 = RFC850.exec(value);
  if (rfc850) {
    // Two-digit years: RFC 9110 reads a year more than 50 years ahead as the past century.
    const now = new Date().getUTCFullYear();
    let year = Math.floor(now / 100) * 100 + Number(rfc850[3]);
    if (year > now + 50) year -= 100;
    return { day: rfc850[1] ?? '', month: rfc850[2] ?? '', year, clock: rfc850.slice(4, 7) };
  }
  const asc = ASCTIME.exec(value);
  if (asc) return { day: (asc[2] ?? '').trim(), month: asc[1] ?? '', year: Number(asc[6]), clock: asc.slice(3, 6) };
  return undefined;
}

/**
 * Parses an HTTP-date in any of the three forms RFC 9110 requires a recipient to accept, returning
 * epoch milliseconds, or undefined for anything else (which the caller must then ignore).
 */
export function parseHttpDate(value: string): number | undefined {
  const parts = dateParts(value);
  const month = parts ? MONTHS.indexOf(parts.month) : -1;
  if (!parts || month < 0) return undefined;
  const [h = 0, min = 0, s = 0] = parts.clock.map(Number);
  const time = Date.UTC(parts.year, month, Number(parts.day), h, min, s);
  const check = new Date(time);
  // Reject 31 February and 25:00 rather than letting Date roll them over.
  if (check.getUTCDate() !== Number(parts.day) || check.getUTCHours() !== h || min > 59 || s > 59) return undefined;
  return time;
}

/** An HTTP-date (IMF-fixdate) for a header. */
export const httpDate = (epochMs: number): string => new Date(epochMs).toUTCString();

/**
 * True when an If-None-Match value matches one of `etags`, by the weak comparison RFC 9110 prescribes
 * for it (a `W/` prefix is ignored). `*` matches any current representation.
 */
export function ifNoneMatchHits(header: string, etags: readonly string[]): boolean {
  if (header.trim() === '*') return true;
  const wanted = new Set(etags.map((t) => t.replace(/^W\//, '')));
  for (const part of header.split(',')) {
    if (wanted.has(part.trim().replace(/^W\//, ''))) return true;
  }
  return false;
}

/** The encodings the feed keeps ready, in order of preference. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Picks the best of the `available` encodings the client accepts (Accept-Encoding with q-values). */
export function negotiateEncoding(
  header: string | undefined,
  available: (encoding: Encoding) => boolean = () => true,
): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br') && available('br')) return 'br';
  if ((accepts('gzip') || accepts('x-gzip')) && available('gzip')) return 'gzip';
  return 'identity';
}
