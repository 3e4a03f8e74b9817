import { describe, expect, it } from 'vitest';
import { httpDate, ifNoneMatchHits, negotiateEncoding, parseHttpDate } from '../src/http.js';

describe('parseHttpDate', () => {
  const t = Date.UTC(1994, 10, 6, 8, 49, 37);
  it('reads the three forms RFC 9110 lists', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(t);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(t);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(t);
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      '1994-11-06',
      'Sun, 31 Feb 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 25:49:37 GMT',
      'Sun, 06 Foo 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 08:49:37 CET',
    ]) {
      expect(parseHttpDate(bad), bad).toBeUndefined();
    }
  });

  it('round-trips what the server writes', () => {
    expect(parseHttpDate(httpDate(t))).toBe(t);
  });
});

describe('ifNoneMatchHits', () => {
  it('compares weakly, in lists, and takes *', () => {
    expect(ifNoneMatchHits('"a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('W/"a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('"x", "a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('*', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('"b"', ['"a"'])).toBe(false);
    expect(ifNoneMatchHits('a', ['"a"'])).toBe(false);
  });
});

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, honouring q-values', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding('gzip;q=0')).toBe('identity');
  });
});
