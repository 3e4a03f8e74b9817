import { connect } from 'node:net';
import { BodySchema, caseSlug, createArchive, MeetingSchema } from '@sammantrade/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, close, createApp, createServer, listen } from '../src/index.js';
import { EVIL, EVIL_CASE, hostileArchive, NOW, sampleArchive } from './helpers.js';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp({ archive: await sampleArchive(), now: NOW, feedUrl: 'https://kalender.example.se' });
});

const get = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init);
  return { response, status: response.status, text: await response.text() };
};

/** Every page type, with a phrase its main heading or content must show. */
const PAGES: [string, string][] = [
  ['/', 'Möten, beslut och uppdrag'],
  ['/organ/halsingeradet/', '<h1>Hälsingerådet</h1>'],
  ['/organ/halsingeradet/ar/2023/', '<h1>Hälsingerådet 2023</h1>'],
  ['/organ/halsingeradet/2023-10-11/', 'Protokoll onsdag 11 oktober 2023'],
  ['/arende/', 'GNS/10/2020'],
  [`/arende/${caseSlug('GNS/10/2020')}/`, 'Sammanträdestider 2021'],
  ['/uppdrag/', 'Kommuncheferna'],
  ['/beslut/', 'Förslaget bifalls.'],
  ['/program/', 'Utvecklingsprogram Hälsingerådet'],
  ['/program/halsingeradet-utvecklingsprogram-2022/', 'Status per område'],
  ['/sok/?q=budget', 'Budget 2021'],
];

describe('pages', () => {
  it.each(PAGES)('%s renders in Swedish with its content', async (path, phrase) => {
    const { status, text, response } = await get(path);
    expect(status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(text).toContain(phrase);
    expect(text).toContain('<main id="main"');
    expect(text.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it('answers with and without the trailing slash, and to HEAD', async () => {
    expect((await get('/organ/halsingeradet')).status).toBe(200);
    expect((await get('/organ/halsingeradet/2023-10-11')).status).toBe(200);
    const head = await get('/organ/halsingeradet/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('gives each paragraph its anchor and permalink', async () => {
    const { text } = await get('/organ/halsingeradet/2023-10-11/');
    expect(text).toContain('<article class="paragraph" id="p763" aria-labelledby="p763-rubrik">');
    expect(text).toContain('href="/organ/halsingeradet/2023-10-11/#p763"');
    const order = [...text.matchAll(/<article class="paragraph" id="p(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).toHaveLength(19);
  });

  it('groups participants by role, with party and municipality', async () => {
    const { text } = await get('/organ/halsingeradet/2023-10-11/');
    expect(text).toContain('<caption>Beslutande (11)</caption>');
    expect(text).toContain('<caption>Övriga deltagare (7)</caption>');
    expect(text).toMatch(
      /<th scope="row">Andreas Kissner<\/th><td>KD<\/td><td>Ovanåkers kommun<\/td><td>justerare<\/td>/,
    );
    expect(text).toContain('kl. 14:00');
  });

  it('says "datum saknas" for a meeting without a date and never invents one', async () => {
    const { text } = await get('/organ/halsingeradet/p612-626/');
    expect(text).toContain('Protokoll §§ 612–626, datum saknas');
    expect(text).toContain('19 januari (år okänt)');
    expect(text).not.toMatch(/<time datetime="\d{4}-01-19">/);
  });

  it('points the subscribe links at the feed server', async () => {
    const { text } = await get('/organ/halsingeradet/');
    expect(text).toContain('href="webcal://kalender.example.se/calendars/halsingeradet.ics"');
    expect(text).toContain('href="https://kalender.example.se/calendars/halsingeradet.ics"');
    expect(text).toContain('calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fkalender.example.se');
    expect(text).toContain('outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fkalender.example.se');
  });

  it('finds a case by its slug and by its encoded number', async () => {
    expect((await get('/arende/GNS~10~2020/')).status).toBe(200);
    expect((await get('/arende/GNS%2F10%2F2020')).status).toBe(200);
    expect((await get('/arende/gns~10~2020/')).status).toBe(404);
  });

  it('filters assignments by status and body, and says when a filter is unknown', async () => {
    const open = await get('/uppdrag/?status=open&organ=halsingeradet');
    expect(open.text).toContain('4 uppdrag (öppna, Hälsingerådet)');
    expect((await get('/uppdrag/?status=reported')).text).toContain('Inga uppdrag matchar urvalet');
    const odd = await get('/uppdrag/?status=bogus&organ=nobody');
    expect(odd.status).toBe(200);
    expect(odd.text).toContain('Statusen ”bogus” finns inte');
    expect(odd.text).toContain('Organet ”nobody” finns inte');
  });

  it("shows core's answers: a title alike is only possibly a report-back, a proposal is a proposal, KL where it binds", async () => {
    const assignments = (await get('/uppdrag/')).text;
    expect(assignments).toMatch(/Möjligen återrapporterat i <a href="\/organ\/halsingeradet\/2023-10-11\/#p758">/);
    expect(assignments).not.toMatch(/state-reported/);
    const body = (await get('/organ/gemensam-namnd-samverkan/')).text;
    expect(body).toMatch(/Sammanträdesplan 2021 \(förslag\)/);
    expect(body).toMatch(/<dt>Juridisk form<\/dt><dd>Gemensam nämnd<\/dd>/);
    const minutes = (await get('/organ/halsingeradet/2023-10-11/')).text;
    expect(minutes).toMatch(/Kommunallagens frister för anslag och överklagande gäller inte en ekonomisk förening/);
  });

  it('filters decisions by outcome', async () => {
    const { text } = await get('/beslut/?utfall=postponed');
    expect(text).toContain('1 beslut');
    expect(text).toContain('Ärendet tas upp på nästa möte.');
  });

  it('links search hits to the paragraph and marks the words', async () => {
    const { text } = await get('/sok/?q=halsingeråd+2024');
    expect(text).toContain('href="/organ/halsingeradet/2023-10-11/#p763"');
    expect(text).toMatch(/<mark>[^<]*2024<\/mark>/i);
    const none = await get('/sok/?q=zzzxxy');
    expect(none.text).toContain('Inga träffar för ”zzzxxy”');
  });
});

describe('a body with many years', () => {
  // Ten years of one meeting each: the body's page shows the newest two, every year has its page.
  const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
  const many = () =>
    createApp({
      archive: createArchive({
        bodies: [BodySchema.parse({ id: 'radet', name: 'Rådet' })],
        meetings: years.map((year) =>
          MeetingSchema.parse({
            id: `${year}-03-02`,
            body: 'radet',
            kind: 'minutes',
            date: `${year}-03-02`,
            status: 'held',
            title: `Mötet år ${year}`,
          }),
        ),
        schedules: [],
        programmes: [],
      }),
      now: NOW,
    });

  it('keeps the body page to the newest years and links every year to a page of its own', async () => {
    const app = many();
    const text = await (await app.request('/organ/radet/')).text();
    expect(text).toContain('Mötet år 2024');
    expect(text).toContain('Mötet år 2023');
    expect(text).not.toContain('Mötet år 2022');
    for (const year of years) expect(text).toContain(`href="/organ/radet/ar/${year}/"`);

    const page = await app.request('/organ/radet/ar/2016/');
    expect(page.status).toBe(200);
    const yearText = await page.text();
    expect(yearText).toContain('<h1>Rådet 2016</h1>');
    expect(yearText).toContain('href="/organ/radet/2016-03-02/"');
    expect(yearText).not.toContain('Mötet år 2017');
    expect(yearText).toContain('<strong aria-current="page">2016</strong>');

    // The meeting's crumbs lead back to its year.
    expect(await (await app.request('/organ/radet/2016-03-02/')).text()).toContain('href="/organ/radet/ar/2016/"');
  });

  it.each(['/organ/radet/ar/2000/', '/organ/radet/ar/abcd/', '/organ/radet/ar/20160/', '/organ/finns-inte/ar/2016/'])(
    '%s is not found',
    async (path) => {
      expect((await many().request(path)).status).toBe(404);
    },
  );
});

describe('security', () => {
  it('sends the Content-Security-Policy and friends on every response', async () => {
    for (const path of ['/', '/organ/halsingeradet/2023-10-11/', '/finns-inte', '/assets/nope.css']) {
      const { response } = await get(path);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const post = await get('/', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.response.headers.get('allow')).toBe('GET, HEAD');
    expect(post.response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('shows markup in any record field as text', async () => {
    const hostile = createApp({ archive: hostileArchive(), now: () => new Date('2024-01-20T12:00:00Z') });
    const paths = [
      '/',
      '/organ/ond/',
      '/organ/ond/2024-01-10/',
      '/arende/',
      `/arende/${encodeURIComponent(caseSlug(EVIL_CASE))}/`,
      '/uppdrag/',
      '/beslut/',
      '/program/',
      '/program/ondprogram/',
      `/sok/?q=${encodeURIComponent(EVIL)}`,
      `/sok/?q=rubrik`,
      `/finns-inte/${encodeURIComponent(EVIL)}`,
    ];
    for (const path of paths) {
      const response = await hostile.request(path);
      const text = await response.text();
      expect([200, 404], path).toContain(response.status);
      expect(text, path).not.toContain('<script>alert');
      expect(text, path).not.toContain('<img src=x');
      // Escaped text has no "<", so every "<" starts a real tag: none may be a script, an image or
      // carry an event handler outside its quoted values.
      for (const [, name, attributes] of text.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
        expect(['script', 'img'], path).not.toContain(name?.toLowerCase());
        expect((attributes ?? '').replace(/"[^"]*"/g, '""'), path).not.toMatch(/\son\w+=/i);
      }
    }
    const meeting = await (await hostile.request('/organ/ond/2024-01-10/')).text();
    expect(meeting).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;',
    );
  });
});

describe('not found and malformed requests', () => {
  it('gives a helpful 404 page', async () => {
    const { status, text } = await get('/organ/halsingeradet/2099-01-01/');
    expect(status).toBe(404);
    expect(text).toContain('<h1>Sidan finns inte</h1>');
    expect(text).toContain('href="/organ/halsingeradet/"');
    expect(text).toContain('action="/sok/"');
    const plain = await get('/protokoll/budget');
    expect(plain.status).toBe(404);
    expect(plain.text).toContain('value="protokoll budget"');
  });

  it.each([
    '/organ/%E0%A4%A',
    '/organ/halsingeradet/%',
    '/arende/%',
    '/arende/..%2F..%2Fetc%2Fpasswd',
    '/%00',
    '/organ/halsingeradet/2023-10-11/%2e%2e/%2e%2e/',
    '/sok/?q=%ZZ&q=x',
    `/sok/?q=${'a+'.repeat(3000)}`.slice(0, 60),
    '/uppdrag/?status[]=open&sida=-1',
    '/beslut/?sida=99999999999&utfall=%FF',
    '/assets/..%2Fapp.ts',
  ])('survives %s', async (path) => {
    const { status, text } = await get(path);
    expect([200, 404]).toContain(status);
    expect(text).not.toMatch(/at .+\.ts:\d+/); // no stack trace
  });

  it('turns an exception into a plain 500 page and reports it', async () => {
    const errors: unknown[] = [];
    const archive = await sampleArchive();
    const broken = createApp({
      archive: new Proxy(archive, {
        get: (target, key) => {
          if (key === 'programmes') throw new Error('disk on fire');
          return Reflect.get(target, key);
        },
      }),
      onError: (e) => errors.push(e),
    });
    const response = await broken.request('/program/');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('Något gick fel');
    expect(text).not.toContain('disk on fire');
    expect(errors).toHaveLength(1);
  });
});

describe('server', () => {
  const raw = (port: number, data: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString('latin1');
      });
      socket.on('end', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      socket.write(data);
      setTimeout(() => socket.end(), 300);
    });

  it('listens on a free port, compresses pages and survives garbage on the socket', async () => {
    const server = createServer({ archive: await sampleArchive(), now: NOW });
    const { port } = await listen(server, 0);
    try {
      expect(await raw(port, 'GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
      expect(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(
        /^HTTP\/1\.1 431/,
      );
      expect(await raw(port, 'GET /organ/%%%/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
        /^HTTP\/1\.1 404/,
      );
      const response = await fetch(`http://127.0.0.1:${port}/organ/halsingeradet/2023-10-11/`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toContain('id="p763"');
    } finally {
      await close(server);
    }
  });

  it('serves the stylesheet under a content hash, cached for good', async () => {
    const page = await get('/');
    const href = page.text.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] ?? '';
    expect(href).toMatch(/^\/assets\/style-[0-9a-f]{10}\.css$/);
    const { response, text } = await get(href);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(text).toContain(':focus-visible');
  });
});
