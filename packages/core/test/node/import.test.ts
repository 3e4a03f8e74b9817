import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArchive, loadArchive } from '../../src/archive/load.js';
import { importDocuments } from '../../src/node/import.js';
import { JOURNAL, recoverImport } from '../../src/node/transaction.js';
import { makeArchive } from '../archive/helpers.js';

const UNDATED = fileURLToPath(new URL('../fixtures/asbygden-utan-datum.txt', import.meta.url));
const PDF = fileURLToPath(new URL('../fixtures/read/ljusnan-protokoll.pdf', import.meta.url));
const BODY = 'Åsbygdens samverkansråd';

/** A body file written by hand: comments, members, a description, a rule; more than a document says. */
const HAND_WRITTEN = `# yaml-language-server: $schema=../schema/body.schema.json
# Skrivet för hand av sekreteraren.
id: asbygdens-samverkansrad
name: Åsbygdens samverkansråd
legalForm: municipality
orgNumber: 212000-0001
members:
  - Åsby kommun
  - Bergvik kommun   # sedan 2019
rules:
  adjustment: { withinDays: 10, since: 2019-01-01, source: Rådet 2019-01-01 § 2 }
description: Rådet för kommunerna i Åsbygden.
`;

async function files(dir: string, folder: string): Promise<string[]> {
  return (await readdir(join(dir, folder)).catch(() => [])).sort();
}

describe('importDocuments', () => {
  it('imports the same document again with its date: one record, which now has the date', async () => {
    const dir = await makeArchive({});
    const [first] = await importDocuments([UNDATED], { into: dir, body: BODY });
    expect(first?.error).toBeUndefined();
    expect(await files(dir, 'meetings/asbygdens-samverkansrad')).toEqual(['p12-15.txt', 'p12-15.yaml']);
    const [second] = await importDocuments([UNDATED], { into: dir, body: BODY, date: '2025-02-10' });
    expect(second?.error).toBeUndefined();
    expect(second?.removed.sort()).toEqual([
      'meetings/asbygdens-samverkansrad/p12-15.txt',
      'meetings/asbygdens-samverkansrad/p12-15.yaml',
    ]);
    expect(await files(dir, 'meetings/asbygdens-samverkansrad')).toEqual(['2025-02-10.txt', '2025-02-10.yaml']);
    const { archive, diagnostics } = await checkArchive(dir);
    expect(archive?.meetings.map((m) => [m.id, m.date])).toEqual([['2025-02-10', '2025-02-10']]);
    expect(archive?.assignments.map((a) => a.assignment.due)).toEqual(['2025-03-20']);
    expect(diagnostics.filter((d) => /overlap/.test(d.message))).toEqual([]);
    // Once more, the same: nothing new, nothing doubled.
    const [third] = await importDocuments([UNDATED], { into: dir, body: BODY, date: '2025-02-10' });
    expect(third?.error).toBeUndefined();
    expect((await loadArchive(dir)).meetings).toHaveLength(1);
  });

  it('merges into a hand-written body file, leaving it byte for byte when the document adds nothing', async () => {
    const dir = await makeArchive({ 'bodies/asbygdens-samverkansrad.yaml': HAND_WRITTEN });
    const results = await importDocuments([UNDATED], { into: dir, body: BODY, date: '2025-02-10', force: true });
    expect(results[0]?.error).toBeUndefined();
    expect(results[0]?.kept).toContain('bodies/asbygdens-samverkansrad.yaml');
    expect(await readFile(join(dir, 'bodies/asbygdens-samverkansrad.yaml'), 'utf8')).toBe(HAND_WRITTEN);
  });

  it('adds only what the body file lacks, keeping its comments and every field', async () => {
    const lean = HAND_WRITTEN.replace('legalForm: municipality\n', '').replace(/rules:\n.*\n/, '');
    const dir = await makeArchive({ 'bodies/asbygdens-samverkansrad.yaml': lean });
    const doc = (await readFile(UNDATED, 'utf8')).replace(
      '§ 12 Mötets öppnande',
      '§ 12 Mötets öppnande\nProtokollet ska justeras senast en vecka efter mötet.',
    );
    await writeFile(join(dir, 'asbygden.txt'), doc);
    const [result] = await importDocuments([join(dir, 'asbygden.txt')], { into: dir, body: BODY, date: '2025-02-10' });
    expect(result?.error).toBeUndefined();
    const text = await readFile(join(dir, 'bodies/asbygdens-samverkansrad.yaml'), 'utf8');
    expect(text).toContain('# Skrivet för hand av sekreteraren.');
    expect(text).toContain('  - Bergvik kommun # sedan 2019');
    expect(text).toContain('description: Rådet för kommunerna i Åsbygden.');
    const body = (await loadArchive(dir)).body('asbygdens-samverkansrad');
    expect(body?.rules.adjustment).toEqual({ withinDays: 7, source: `${BODY} 2025-02-10 § 12`, since: '2025-02-10' });
    expect(body?.orgNumber).toBe('212000-0001');
  });

  it('never replaces a record written by hand for the same §§ without force', async () => {
    const dir = await makeArchive({
      'bodies/asbygdens-samverkansrad.yaml': HAND_WRITTEN,
      'meetings/asbygdens-samverkansrad/p12-15.yaml':
        'id: p12-15\nbody: asbygdens-samverkansrad\nkind: minutes\nstatus: held\nparagraphRange: { from: 12, to: 15 }\n',
    });
    const [refused] = await importDocuments([UNDATED], { into: dir, body: BODY, date: '2025-02-10' });
    expect(refused?.error).toMatchObject({ code: 'EXISTS', message: expect.stringMatching(/written by hand/) });
    expect(await files(dir, 'meetings/asbygdens-samverkansrad')).toEqual(['p12-15.yaml']);
    const [forced] = await importDocuments([UNDATED], { into: dir, body: BODY, date: '2025-02-10', force: true });
    expect(forced?.error).toBeUndefined();
    expect(await files(dir, 'meetings/asbygdens-samverkansrad')).toEqual(['2025-02-10.txt', '2025-02-10.yaml']);
  });

  it('finishes a committed import a crash interrupted, and removes an uncommitted one', async () => {
    const dir = await makeArchive({
      'meetings/x/.2025-02-10.yaml.0123456789ab.sammantrade-import.tmp': 'id: half',
      'meetings/x/.2025-02-10.txt.ba9876543210.sammantrade-import.tmp': 'original',
      'meetings/x/.lost.yaml.aaaaaaaaaaaa.sammantrade-import.tmp': 'never committed',
    });
    await mkdir(join(dir, '.sammantrade'));
    await writeFile(
      join(dir, JOURNAL),
      JSON.stringify({
        renames: [
          { from: 'meetings/x/.2025-02-10.yaml.0123456789ab.sammantrade-import.tmp', to: 'meetings/x/2025-02-10.yaml' },
          { from: 'meetings/x/.2025-02-10.txt.ba9876543210.sammantrade-import.tmp', to: 'meetings/x/2025-02-10.txt' },
        ],
        removes: [],
      }),
    );
    expect(await recoverImport(dir)).toEqual({ finished: true, removed: 1 });
    expect(await files(dir, 'meetings/x')).toEqual(['2025-02-10.txt', '2025-02-10.yaml']);
    expect(await files(dir, '.sammantrade')).toEqual([]);
  });

  it('refuses a journal that names files outside the archive', async () => {
    const dir = await makeArchive({});
    await writeFile(join(dir, 'keep.txt'), 'mine');
    await mkdir(join(dir, '.sammantrade'));
    await writeFile(
      join(dir, JOURNAL),
      JSON.stringify({ renames: [], removes: ['../keep.txt', 'meetings/../../keep.txt'] }),
    );
    await expect(recoverImport(dir)).rejects.toMatchObject({ code: 'INVALID' });
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('serialises imports running at once into one new body', async () => {
    const dir = await makeArchive({});
    const docs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const path = join(dir, `doc-${i}.txt`);
        await writeFile(
          path,
          (await readFile(UNDATED, 'utf8'))
            .replace('§§ 12–15', `§§ ${12 + i * 10}–${15 + i * 10}`)
            .replace(/§ 1(\d) /g, (_m, d) => `§ ${Number(`1${d}`) + i * 10} `),
        );
        return path;
      }),
    );
    const results = await Promise.all(docs.map((doc) => importDocuments([doc], { into: dir, body: BODY })));
    expect(results.flat().map((r) => r.error?.message)).toEqual(Array(6).fill(undefined));
    expect((await loadArchive(dir)).meetings).toHaveLength(6);
  });

  it('reads regular files only and within the read limits, refusing the rest with one line and going on', async () => {
    const dir = await makeArchive({});
    const fifo = join(dir, 'protokoll\u001b[2J.txt');
    execFileSync('mkfifo', [fifo]);
    const results = await importDocuments([fifo, PDF, UNDATED], {
      into: join(dir, 'archive'),
      body: BODY,
      limits: { maxPages: 1 },
    });
    expect(results.map((r) => [r.error?.code, r.error?.message.replace(dir, 'DIR')])).toEqual([
      ['IO', 'DIR/protokoll\\x1b[2J.txt: is a FIFO (named pipe), not a regular file; only regular files are read'],
      ['TOO_LARGE', expect.stringMatching(/ljusnan-protokoll\.pdf: the PDF has \d+ pages; the limit is 1$/)],
      [undefined, undefined],
    ]);
    expect(await files(join(dir, 'archive'), 'meetings/asbygdens-samverkansrad')).toEqual([
      'p12-15.txt',
      'p12-15.yaml',
    ]);
  });
});
