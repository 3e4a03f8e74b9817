import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itShared, sharedPath } from '../../../tests/shared.js';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';
import { inEnglish } from './helpers.js';

const seeds = sharedPath('seeds');
const seed = (prefix: string) =>
  join(
    seeds,
    {
      '000': '000_c6125869e6929b6e.txt',
      '001': '001_1446fac81f405354.txt',
      '002': '002_58aa16ed7b361087.txt',
      '003': '003_effe2c7c135b0eba.txt',
      '004': '004_d0b6e16a505175b7.txt',
    }[prefix] as string,
  );

async function cli(...argv: string[]) {
  const io = bufferIo();
  const code = await run(inEnglish(argv), io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sammantrade-parse-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('sammantrade parse --json', () => {
  itShared('seeds', 'prints exactly one JSON object for one file, in the public shape', async () => {
    const { code, stdout, stderr } = await cli('parse', seed('000'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: { name: 'Hälsingerådet', orgNumber: '769602-5290' },
      date: '2023-10-11',
      start: '09:00',
      end: '15:30',
      location: 'Orbaden',
      paragraphRange: { from: 750, to: 768 },
      nextMeeting: { date: '2023-12-13', host: 'Bollnäs', location: 'Orbaden' },
      adjustment: { deadline: '2023-10-18' },
      attachments: [],
      diagnostics: [],
    });
    expect(Object.keys(doc.participants[0])).toEqual(expect.arrayContaining(['name', 'roles']));
    expect(Object.keys(doc.paragraphs[0])).toEqual(
      expect.arrayContaining([
        'number',
        'title',
        'types',
        'presenters',
        'sections',
        'decisions',
        'assignments',
        'distribution',
        'documents',
        'history',
      ]),
    );
    expect(doc.schedules[0]).toMatchObject({ year: 2024, meetings: expect.any(Array) });
  });

  itShared('seeds', 'prints an array for several files', async () => {
    const { code, stdout } = await cli('parse', seed('002'), seed('003'), '--json');
    expect(code).toBe(0);
    const docs = JSON.parse(stdout);
    expect(docs.map((d: { kind: string }) => d.kind)).toEqual(['programme', 'minutes']);
    expect(docs[0].areas).toHaveLength(6);
  });

  itShared('seeds', 'leaves a missing date out with a warning, and takes --date', async () => {
    const plain = JSON.parse((await cli('parse', seed('001'), '--json')).stdout);
    expect(plain.date).toBeUndefined();
    expect(plain.diagnostics[0]).toMatchObject({ severity: 'warning', line: 3 });
    const dated = JSON.parse((await cli('parse', seed('001'), '--json', '--date', '2023-11-15')).stdout);
    expect(dated.date).toBe('2023-11-15');
    expect(dated.paragraphs.find((p: { number: number }) => p.number === 617).assignments[0].due).toBe('2024-01-19');
  });
});

describe('sammantrade parse as text', () => {
  itShared('seeds', 'prints the facts and the warnings', async () => {
    const { code, stdout } = await cli('parse', seed('004'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^agenda: Gemensam nämnd för samverkan/);
    expect(stdout).toMatch(/Schedule 2021 \(proposed\): 2021-02-08, 2021-05-03, 2021-09-13, 2021-12-06/);
    expect(stdout).toMatch(/004_d0b6e16a505175b7\.txt:3: warning: the document does not state the meeting's date/);
  });
});

describe('sammantrade parse refuses what it cannot read, with one line naming the file', () => {
  it('refuses a binary file', async () => {
    const file = await tempFile('scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const { code, stdout, stderr } = await cli('parse', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`sammantrade: ${file}:1: error: not a text file (it holds NUL bytes)\n`);
  });

  it('refuses Latin-1 text', async () => {
    const file = await tempFile('latin1.txt', Buffer.from('Protokoll\nMötet öppnades.\n', 'latin1'));
    const { code, stderr } = await cli('parse', file);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`${file}:2: error: not UTF-8 text`));
  });

  it('refuses a file over 20 MB', async () => {
    const file = await tempFile('huge.txt', '');
    await truncate(file, 21 * 1024 * 1024);
    const { code, stderr } = await cli('parse', file);
    expect(code).toBe(1);
    expect(stderr).toBe(`sammantrade: ${file}: too large (21.0 MB; the limit is 20.0 MB)\n`);
  });

  itShared('seeds', 'refuses a missing file and a folder, and goes on with the others', async () => {
    const { code, stdout, stderr } = await cli('parse', '/no/such/file.txt', seeds, seed('003'), '--json');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `sammantrade: /no/such/file.txt: no such file\nsammantrade: ${seeds}: is a folder, not a document\n`,
    );
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('calls a bad --date a usage error', async () => {
    const { code, stderr } = await cli('parse', seed('001'), '--date', '2023-02-30');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--date 2023-02-30: not a date/);
  });
});
