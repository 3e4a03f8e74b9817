import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { saveRecord, writeFileAtomic } from '../../src/archive/write.js';
import { makeArchive } from './helpers.js';

describe('writeFileAtomic', () => {
  it('never overwrites without being asked, and leaves no temporary files', async () => {
    const dir = await makeArchive({ 'keep.txt': 'the user’s own text' });
    const target = join(dir, 'keep.txt');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EXISTS' });
    expect(await readFile(target, 'utf8')).toBe('the user’s own text');
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    await writeFileAtomic(join(dir, 'sub/dir/fresh.txt'), 'å');
    expect(await readFile(join(dir, 'sub/dir/fresh.txt'), 'utf8')).toBe('å');
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'sub']);
  });

  it('reports a folder it cannot write to as IO', async () => {
    const dir = await makeArchive({ 'file.txt': 'not a folder' });
    await expect(writeFileAtomic(join(dir, 'file.txt', 'x.txt'), 'x')).rejects.toMatchObject({ code: 'IO' });
  });
});

describe('saveRecord', () => {
  it('writes records that load back the same, with schemas beside them', async () => {
    const dir = await makeArchive({});
    const body = {
      id: 'gns',
      name: 'Gemensam nämnd för samverkan',
      rules: { weekdays: { days: ['monday', 'friday'] } },
    };
    const meeting = {
      id: 'kallelse-2020-12',
      body: 'gns',
      kind: 'agenda',
      status: 'planned',
      start: '09:00',
      location: 'Lillsjöhögen',
      paragraphs: [
        { number: 3, title: 'Sammanträdestider 2021', caseNumber: 'GNS/10/2020', text: 'Rad ett\nRad två: med kolon' },
      ],
    };
    expect(await saveRecord(dir, 'body', body)).toBe(join(dir, 'bodies/gns.yaml'));
    await saveRecord(dir, 'meeting', meeting);
    const text = await readFile(join(dir, 'meetings/gns/kallelse-2020-12.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/meeting.schema.json');
    expect(text).not.toMatch(/participants|decisions: \[\]/); // empty lists are left out
    expect(await readdir(join(dir, 'schema'))).toEqual([
      'body.schema.json',
      'meeting.schema.json',
      'programme.schema.json',
      'schedule.schema.json',
    ]);
    const archive = await loadArchive(dir);
    expect(archive.meeting('gns', 'kallelse-2020-12')?.paragraphs[0]).toMatchObject(meeting.paragraphs[0] as object);
    await expect(saveRecord(dir, 'body', body)).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(saveRecord(dir, 'body', { ...body, name: 'Nytt namn' }, { overwrite: true })).resolves.toBeTruthy();
  });

  it('refuses an invalid record, and ids that could escape the archive', async () => {
    const dir = await makeArchive({});
    await expect(saveRecord(dir, 'body', { id: '../../etc', name: 'x' })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a record the archive could not read back (larger than MAX_RECORD_BYTES), writing nothing', async () => {
    const dir = await makeArchive({});
    // A programme whose notes come to 6 MB: valid, but over the 5 MB a record file may have.
    const programme = {
      id: 'stor',
      title: 'Stort program',
      areas: [{ name: 'Allt', items: [{ name: 'Punkt', notes: 'å'.repeat(3 * 1024 * 1024) }] }],
    };
    await expect(saveRecord(dir, 'programme', programme)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect((await readdir(dir)).filter((f) => f !== 'schema')).toEqual([]);
  });
});
