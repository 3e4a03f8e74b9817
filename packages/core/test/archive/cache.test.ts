import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArchiveMemory, checkFor } from '../../src/archive/cache.js';
import { checkArchive, loadArchive, loadArchiveWith } from '../../src/archive/load.js';
import { isSammantradeError } from '../../src/errors.js';
import { body, makeArchive, meeting } from './helpers.js';

/** A minute ago, in whole seconds: older than the cache's settling time, and exactly repeatable. */
const PAST = Math.floor(Date.now() / 1000) - 60;

/** Dates the files a minute back, so the first load caches them. */
async function settle(dir: string, rels: string[]): Promise<void> {
  for (const rel of rels) await utimes(join(dir, rel), PAST, PAST);
}

const cacheDir = (dir: string) => join(dir, '.sammantrade', 'cache');

/** Every line of every cache shard, rewritten by `change` and signed again as the cache signs them. */
async function rewriteCache(dir: string, change: (entry: unknown[]) => unknown[] | undefined): Promise<number> {
  let changed = 0;
  for (const name of await readdir(cacheDir(dir))) {
    const path = join(cacheDir(dir), name);
    const [head, ...lines] = (await readFile(path, 'latin1')).split('\n');
    const out = lines.map((line) => {
      if (!line) return line;
      const entry = JSON.parse(line.slice(line.indexOf(' ') + 1)) as unknown[];
      const next = change(entry);
      if (!next) return line;
      changed++;
      const json = JSON.stringify(next);
      return `${crc32(json).toString(36)} ${json}`;
    });
    await writeFile(path, [head, ...out].join('\n'), 'latin1');
  }
  return changed;
}

const FILES = {
  'bodies/halsingeradet.yaml': body,
  'meetings/halsingeradet/2023-10-11.yaml': meeting,
};

describe('the archive cache', () => {
  it('is written one shard per group of files and reused when nothing changed', async () => {
    const dir = await makeArchive(FILES);
    await settle(dir, Object.keys(FILES));
    const first = await loadArchive(dir);
    const shards = await readdir(cacheDir(dir));
    expect(shards.length).toBe(2);
    const before = await Promise.all(shards.map((s) => stat(join(cacheDir(dir), s))));
    const second = await loadArchive(dir);
    expect(second.meetings).toEqual(first.meetings);
    expect(second.version).toBe(first.version);
    // Nothing changed, so nothing was written.
    const after = await Promise.all(shards.map((s) => stat(join(cacheDir(dir), s))));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));
  });

  it('reads a file again when it was replaced by a rename, even with the same size and time', async () => {
    const dir = await makeArchive(FILES);
    const rel = 'meetings/halsingeradet/2023-10-11.yaml';
    await settle(dir, Object.keys(FILES));
    expect((await loadArchive(dir)).meetings[0]?.location).toBe('Orbaden');
    // What an editor's atomic save does: a new file, then a rename over the old one; here with the
    // same size and modification time, as a copy that keeps times (cp -p, rsync -t) would have.
    await writeFile(join(dir, 'new.tmp'), meeting.replace('location: Orbaden', 'location: ORBADEN'));
    await utimes(join(dir, 'new.tmp'), PAST, PAST);
    expect((await stat(join(dir, 'new.tmp'))).mtimeMs).toBe((await stat(join(dir, rel))).mtimeMs);
    await rename(join(dir, 'new.tmp'), join(dir, rel));
    const archive = await loadArchive(dir);
    expect(archive.meetings[0]?.location).toBe('ORBADEN');
  });

  it('ignores a cut-short shard, a damaged line and a poisoned entry, and validates and reports as before', async () => {
    const dir = await makeArchive(FILES);
    await settle(dir, Object.keys(FILES));
    const good = await loadArchive(dir);

    // Poisoned: entries that pass the checksum but not the model (a paragraph list that is a string,
    // a date that does not exist, a meeting that ends before it starts, a kind that is no kind).
    const poisoned = await rewriteCache(dir, (entry) => {
      const record = { ...(entry[6] as Record<string, unknown>) };
      if (entry[5] === 'meeting') Object.assign(record, { paragraphs: 'x', date: '2023-02-30', end: '08:00' });
      else Object.assign(record, { name: 42 });
      return [...entry.slice(0, 6), record];
    });
    expect(poisoned).toBe(2);
    const afterPoison = await checkArchive(dir);
    expect(afterPoison.diagnostics).toEqual([]);
    expect(afterPoison.archive?.meetings).toEqual(good.meetings);
    expect(afterPoison.archive?.bodies).toEqual(good.bodies);

    await rewriteCache(dir, (entry) => (entry[5] === 'body' ? [...entry.slice(0, 5), 'meeting', entry[6]] : undefined));
    expect((await loadArchive(dir)).bodies).toEqual(good.bodies);

    // Damaged (a changed byte) and truncated (a shard cut in the middle of a line).
    for (const name of await readdir(cacheDir(dir))) {
      const path = join(cacheDir(dir), name);
      const text = await readFile(path, 'latin1');
      await writeFile(
        path,
        name.startsWith('0') ? text.replace('Orbaden', 'Orbaden!') : text.slice(0, text.length / 2),
      );
    }
    expect((await loadArchive(dir)).meetings).toEqual(good.meetings);

    // A shard that is not one at all, and a cache folder that is a file.
    for (const name of await readdir(cacheDir(dir))) await writeFile(join(cacheDir(dir), name), '\u0000{]');
    expect((await loadArchive(dir)).meetings).toEqual(good.meetings);
    await rm(cacheDir(dir), { recursive: true });
    await writeFile(cacheDir(dir), 'not a folder');
    expect((await loadArchive(dir)).meetings).toEqual(good.meetings);
  });

  it('checks entries of a large cache as strictly as the model does', async () => {
    const small = await checkFor(1);
    const large = await checkFor(1_000_000);
    const good = (await loadArchive(await makeArchive(FILES))).meetings[0];
    const bad = [
      { ...good, paragraphs: 'x' },
      { ...good, date: '2023-02-30' },
      { ...good, end: '08:00' },
      { ...good, kind: 'protokoll' },
      { ...good, paragraphRange: { from: 9, to: 1 } },
      { ...good, participants: [{ name: 'A', roles: ['boss'] }] },
      { ...good, colour: 'red' },
    ];
    for (const check of [small, large]) {
      expect(check('meeting', good)).toBe(true);
      expect(bad.map((record) => check('meeting', record))).toEqual(bad.map(() => false));
    }
  });

  it('never throws a raw file-system error while files come and go during a load', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body });
    const rels = Array.from(
      { length: 28 },
      (_, i) => `meetings/halsingeradet/2023-10-${String(i + 1).padStart(2, '0')}.yaml`,
    );
    const text = (rel: string) => {
      const id = rel.slice(-15, -5);
      return meeting.replace('id: 2023-10-11', `id: ${id}`).replace('date: 2023-10-11', `date: ${id}`);
    };
    let churning = true;
    const churn = (async () => {
      for (let round = 0; churning; round++) {
        for (const [i, rel] of rels.entries()) {
          if (!churning) break;
          const path = join(dir, rel);
          // Deleted, written in place, or replaced by a rename, and whole folders now and then.
          if ((i + round) % 3 === 0) await rm(path, { force: true });
          else if ((i + round) % 3 === 1) await writeFile(path, text(rel));
          else {
            await writeFile(`${path}.tmp`, text(rel)).catch(() => {});
            await rename(`${path}.tmp`, path).catch(() => {});
          }
          if (i === 20 && round % 4 === 3) await rm(join(dir, 'meetings'), { recursive: true, force: true });
          await mkdir(join(dir, 'meetings/halsingeradet'), { recursive: true });
        }
      }
    })();
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      try {
        const archive = await loadArchive(dir);
        outcomes.push(`ok ${archive.meetings.length}`);
      } catch (error) {
        outcomes.push(isSammantradeError(error) ? `refused ${error.code}` : `RAW ${String(error)}`);
      }
    }
    churning = false;
    await churn;
    expect(outcomes.filter((o) => o.startsWith('RAW'))).toEqual([]);
    expect(outcomes.some((o) => o.startsWith('ok'))).toBe(true);
    // 25 loads against a churning folder took over a minute at a load average near 30 on 2 cores.
  }, 240_000);
});

describe('loads that share a memory (the live archive)', () => {
  it('read only what changed and agree with a fresh load, leaving a cache a fresh load trusts', async () => {
    const other = meeting.replaceAll('2023-10-11', '2023-11-15').replace('750, to: 768', '769, to: 780');
    const dir = await makeArchive({
      'bodies/halsingeradet.yaml': body,
      'meetings/halsingeradet/2023-10-11.yaml': meeting,
      'meetings/halsingeradet/2023-11-15.yaml': other.replaceAll('number: 76', 'number: 77'),
    });
    // Settled files: one changed within the last seconds is never cached.
    const past = new Date(Date.now() - 3_600_000);
    for (const rel of ['bodies/halsingeradet.yaml', 'meetings/halsingeradet/2023-10-11.yaml'])
      await utimes(join(dir, rel), past, past);
    const memory = new ArchiveMemory();
    const first = await loadArchiveWith(dir, memory);
    expect(first.meetings).toHaveLength(2);
    // An edit and a deletion: the next load with the memory sees both.
    await writeFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), meeting.replace('Orbaden', 'Iggesund'));
    await rm(join(dir, 'meetings/halsingeradet/2023-11-15.yaml'));
    const second = await loadArchiveWith(dir, memory);
    const fresh = await loadArchive(dir);
    expect(second.meetings.map((m) => m.location)).toEqual(['Iggesund']);
    expect(JSON.stringify(second.meetings)).toBe(JSON.stringify(fresh.meetings));
    expect(second.bodies[0]).toBe(first.bodies[0]); // the unchanged file was not read again
    expect(second.version).toBe(fresh.version);
  });
});
