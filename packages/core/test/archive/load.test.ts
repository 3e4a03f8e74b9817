import { describe, expect, it } from 'vitest';
import { checkArchive, loadArchive } from '../../src/archive/load.js';
import { SammantradeError } from '../../src/errors.js';
import { body, makeArchive, meeting } from './helpers.js';

const lines = (diagnostics: { file?: string; line?: number; severity: string; message: string }[], dir: string) =>
  diagnostics.map((d) => `${d.file?.replace(`${dir}/`, '')}:${d.line}: ${d.severity}: ${d.message}`);

describe('loadArchive', () => {
  it('reads, validates and indexes an archive', async () => {
    const dir = await makeArchive({
      'bodies/halsingeradet.yaml': body,
      'meetings/halsingeradet/2023-10-11.yaml': meeting,
      'schedules/halsingeradet/2024.yaml':
        'body: halsingeradet\nyear: 2024\nstatus: decided\nmeetings:\n  - date: 2024-01-24\n',
      'sources/protokoll.txt': 'the original document is left alone',
    });
    const archive = await loadArchive(dir);
    expect(archive.bodies.map((b) => b.id)).toEqual(['halsingeradet']);
    expect(archive.meeting('halsingeradet', '2023-10-11')?.start).toBe('09:00');
    expect(archive.meetingsOn('halsingeradet', '2023-10-11')).toHaveLength(1);
    expect(archive.decisions.map((d) => d.decision.outcome)).toEqual(['approved']);
    expect(archive.assignments[0]?.assignment).toMatchObject({ assignee: 'Linda Beigler', status: 'open' });
    // Case numbers are looked up however they were spaced or cased.
    expect(archive.caseHistory('HR 2023/5').map((p) => p.paragraph.number)).toEqual([760, 763]);
    expect(archive.schedule('halsingeradet', 2024)?.meetings).toHaveLength(1);
    expect(Object.isFrozen(archive.meetings[0])).toBe(true);
  });

  it('reports each broken file with its line and loads nothing', async () => {
    const dir = await makeArchive({
      'bodies/halsingeradet.yaml': body,
      'meetings/halsingeradet/2023-10-11.yaml': meeting
        .replace('date: 2023-10-11', 'date: 2023-10-32')
        .replace('roles: [member, chair]', 'roles: [member, boss]'),
      'meetings/halsingeradet/2023-12-13.yaml': 'id: 2023-12-13\nbody: halsingeradet\nstatus: held\n',
      'bodies/broken.yaml': 'id: broken\nname: [unclosed\n',
    });
    const result = await checkArchive(dir);
    expect(result.archive).toBeUndefined();
    expect(lines(result.diagnostics, dir)).toEqual([
      'bodies/broken.yaml:3: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'meetings/halsingeradet/2023-10-11.yaml:5: error: date: not a date (YYYY-MM-DD): "2023-10-32"',
      'meetings/halsingeradet/2023-10-11.yaml:13: error: participants[0].roles[1]: "boss" is not one of "member", "substitute", "chair", "vice-chair", "secretary", "adjuster", "other", "absent", "presenter"',
      'meetings/halsingeradet/2023-12-13.yaml:1: error: missing field "kind"',
    ]);
    await expect(loadArchive(dir)).rejects.toThrowError(/the archive has 4 errors/);
  });

  it('names unknown fields at their own line', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': `${body}colour: red\n` });
    const { diagnostics } = await checkArchive(dir);
    expect(lines(diagnostics, dir)).toEqual(['bodies/halsingeradet.yaml:8: error: unknown field "colour"']);
  });

  it('refuses duplicate keys, files that are not UTF-8, binary files and empty files', async () => {
    const dir = await makeArchive({
      'bodies/a.yaml': 'id: a\nname: A\nname: B\n',
      'bodies/b.yaml': Buffer.from('id: b\nname: H\xe4lsinger\xe5det\n', 'latin1'),
      'bodies/c.yaml': new Uint8Array([0x69, 0x64, 0x3a, 0x00, 0x01]),
      'bodies/d.yaml': '# nothing here\n',
    });
    const { diagnostics } = await checkArchive(dir);
    expect(lines(diagnostics, dir)).toEqual([
      'bodies/a.yaml:3: error: YAML: Map keys must be unique',
      'bodies/b.yaml:2: error: not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8',
      'bodies/c.yaml:1: error: not a text file (it holds NUL bytes)',
      'bodies/d.yaml:1: error: the file is empty; expected a body',
    ]);
  });

  it('accepts a byte-order mark and Windows line endings', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': `\uFEFF${body.replaceAll('\n', '\r\n')}` });
    const archive = await loadArchive(dir);
    expect(archive.body('halsingeradet')?.name).toBe('Hälsingerådet');
  });

  it('checks references and ids across files', async () => {
    const dir = await makeArchive({
      'bodies/halsingeradet.yaml': body,
      'bodies/other.yaml': 'id: another\nname: Fel namn\n',
      'meetings/halsingeradet/2023-10-11.yaml': meeting.replace('body: halsingeradet', 'body: nobody'),
      'schedules/halsingeradet/2021.yaml':
        'body: halsingeradet\nyear: 2021\nstatus: proposed\nmeetings:\n  - date: 2021-02-09\n    statedWeekday: monday\n  - date: 2022-01-01\n',
    });
    const { diagnostics } = await checkArchive(dir);
    expect(lines(diagnostics, dir)).toEqual([
      'bodies/other.yaml:1: error: id "another" does not match the file name "other"',
      'meetings/halsingeradet/2023-10-11.yaml:3: error: a meeting of "nobody" belongs in meetings/nobody/',
      'meetings/halsingeradet/2023-10-11.yaml:3: error: unknown body "nobody" (no bodies/nobody.yaml)',
      'schedules/halsingeradet/2021.yaml:6: warning: 2021-02-09 is a tuesday, but the document says monday',
      "schedules/halsingeradet/2021.yaml:7: error: 2022-01-01 is not in the schedule's year 2021",
    ]);
  });

  it('warns about a meeting without a date, and about § numbers outside the range', async () => {
    const undated = meeting
      .replace('id: 2023-10-11', 'id: p750-768')
      .replace('date: 2023-10-11\n', '')
      .replace('number: 763', 'number: 800');
    const dir = await makeArchive({
      'bodies/halsingeradet.yaml': body,
      'meetings/halsingeradet/p750-768.yaml': undated,
    });
    const result = await checkArchive(dir);
    expect(result.archive).toBeDefined();
    expect(lines(result.diagnostics, dir)).toEqual([
      'meetings/halsingeradet/p750-768.yaml:2: warning: meeting "halsingeradet/p750-768" has no date: the record does not state it',
      'meetings/halsingeradet/p750-768.yaml:26: warning: § 800 is outside §§ 750-768',
    ]);
  });

  it('says so when the folder is not there', async () => {
    const error = await loadArchive('/nonexistent/archive').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SammantradeError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: '/nonexistent/archive: no such archive folder' });
  });

  it('skips files over the size limit', async () => {
    const dir = await makeArchive({
      'bodies/big.yaml': `id: big\nname: Big\ndescription: ${'x'.repeat(5 * 1024 * 1024)}\n`,
    });
    const { diagnostics } = await checkArchive(dir);
    expect(diagnostics[0]?.message).toMatch(/the limit is 5242880/);
  });
});
