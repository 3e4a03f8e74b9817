import { describe, expect, it } from 'vitest';
import { parseCommand, SAMPLE_ARCHIVE } from '../src/command.js';

describe('parseCommand', () => {
  it('serves the sample archive on 127.0.0.1:3000 by default', () => {
    expect(parseCommand([], {})).toEqual({
      kind: 'serve',
      archive: SAMPLE_ARCHIVE,
      port: 3000,
      host: '127.0.0.1',
      feedUrl: 'http://localhost:8787',
      prepare: true,
    });
    expect(parseCommand(['--no-prepare'], {})).toMatchObject({ kind: 'serve', prepare: false });
    expect(SAMPLE_ARCHIVE).toMatch(/examples[/\\]samverkan$/);
  });

  it('reads the environment, and flags win over it', () => {
    const env = { SAMMANTRADE_ARCHIVE: '/a', PORT: '8080', SAMMANTRADE_FEED_URL: 'https://f.example', HOST: '0.0.0.0' };
    expect(parseCommand([], env)).toMatchObject({
      archive: '/a',
      port: 8080,
      host: '0.0.0.0',
      feedUrl: 'https://f.example',
    });
    expect(parseCommand(['--archive', '/b', '--port', '0'], env)).toMatchObject({ archive: '/b', port: 0 });
  });

  it('builds a static site', () => {
    expect(parseCommand(['build', '--out', 'site', '--base', '/protokoll/'], {})).toMatchObject({
      kind: 'build',
      out: 'site',
      base: '/protokoll',
    });
  });

  it('explains a wrong call in one line', () => {
    expect(parseCommand(['build'], {})).toEqual({ error: 'build needs --out DIR' });
    expect(parseCommand(['--port', 'http'], {})).toEqual({ error: 'not a port: http' });
    expect(parseCommand(['--port', '70000'], {})).toEqual({ error: 'not a port: 70000' });
    expect(parseCommand(['serve'], {})).toEqual({ error: 'unknown command: serve' });
    expect(parseCommand(['--feed-url', 'javascript:alert(1)'], {})).toMatchObject({
      error: expect.stringMatching(/http/),
    });
    expect(parseCommand(['build', '--out', 'x', '--base', 'x"y'], {})).toMatchObject({
      error: expect.stringMatching(/--base/),
    });
    expect(parseCommand(['--nope'], {})).toMatchObject({ error: expect.stringMatching(/nope/) });
    expect(parseCommand(['-h'], {})).toEqual({ kind: 'help' });
  });
});
