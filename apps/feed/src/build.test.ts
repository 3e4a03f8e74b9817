import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '@sammantrade/core/node';
import { describe, expect, it } from 'vitest';
import { FeedBuilder } from './build.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

describe('FeedBuilder.warmUp', () => {
  it('changes nothing served: the next builds give what a builder that never warmed up gives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-feed-build-'));
    await cp(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.sammantrade') });
    const archive = await loadArchive(dir);
    const warmed = new FeedBuilder({});
    const plain = new FeedBuilder({});
    const first = await warmed.build(archive);
    await plain.build(archive);
    warmed.warmUp(archive);

    // The same archive again: nothing changed, no bytes to hand over, the same state.
    const again = await warmed.build(archive);
    expect(again.changed).toEqual([]);
    expect(again.feeds).toEqual(first.feeds);
    expect(again.state).toEqual(first.state);

    // An edit: the same feeds, hashes and SEQUENCE numbers as the builder that did not warm up.
    const path = join(dir, 'meetings', 'halsingeradet', '2023-10-11.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^location: .*$/m, 'location: Sal 9'));
    const edited = await loadArchive(dir);
    const fromWarmed = await warmed.build(edited);
    const fromPlain = await plain.build(edited);
    expect(fromWarmed.feeds).toEqual(fromPlain.feeds);
    expect(fromWarmed.state).toEqual(fromPlain.state);
    expect(fromWarmed.changed.map((f) => f.path).sort()).toEqual(fromPlain.changed.map((f) => f.path).sort());
    expect(fromWarmed.changed.length).toBeGreaterThan(0);
  });
});
