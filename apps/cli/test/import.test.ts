import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { itShared, sharedPath } from '../../../tests/shared.js';
import { cli, files, tempDir } from './helpers.js';

const seeds = sharedPath('seeds');
const fixtures = fileURLToPath(new URL('../../../packages/core/test/fixtures/', import.meta.url));
const s000 = join(seeds, '000_c6125869e6929b6e.txt');
const s001 = join(seeds, '001_1446fac81f405354.txt');
const s002 = join(seeds, '002_58aa16ed7b361087.txt');
const s003 = join(seeds, '003_effe2c7c135b0eba.txt');
const s004 = join(seeds, '004_d0b6e16a505175b7.txt');

const archive = () => tempDir('sammantrade-import-');
const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

describe('sammantrade import', () => {
  itShared(
    'seeds',
    'writes body, meeting, schedule and the source beside the meeting, with a summary line',
    async () => {
      const dir = await archive();
      const { code, stdout, stderr } = await cli(['import', s000, '--into', dir]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe(
        '000_c6125869e6929b6e.txt: minutes of Hälsingerådet 2023-10-11, 19 §, 18 people, schedule 2024 → bodies/halsingeradet.yaml, meetings/halsingeradet/2023-10-11.yaml, meetings/halsingeradet/2023-10-11.txt, schedules/halsingeradet/2024.yaml; 0 warnings\n',
      );
      expect((await files(dir)).filter((f) => !f.startsWith('schema/'))).toEqual([
        'bodies/halsingeradet.yaml',
        'meetings/halsingeradet/2023-10-11.txt',
        'meetings/halsingeradet/2023-10-11.yaml',
        'schedules/halsingeradet/2024.yaml',
      ]);
      const meeting = await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), 'utf8');
      expect(meeting).toMatch(/file: meetings\/halsingeradet\/2023-10-11\.txt/);
      expect(await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.txt'), 'utf8')).toBe(
        await readFile(s000, 'utf8'),
      );
      const check = await cli(['validate', dir]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
    },
  );

  itShared(
    'seeds',
    'replaces its own earlier import, refuses a record written by hand, and --force replaces only the meeting',
    async () => {
      const dir = await archive();
      await cp(SAMPLE, dir, { recursive: true });
      const bodyFile = join(dir, 'bodies/halsingeradet.yaml');
      const body = await readFile(bodyFile);
      const handWritten = await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), 'utf8');
      const refused = await cli(['import', s000, '--into', dir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /not imported: meetings\/halsingeradet\/2023-10-11\.yaml records the same §§ and was written by hand \(use --force to replace it\)/,
      );
      expect(await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), 'utf8')).toBe(handWritten);
      const forced = await cli(['import', s000, '--into', dir, '--force']);
      expect(forced.stderr).toBe('');
      expect(forced.code).toBe(0);
      expect(forced.stdout).toMatch(/kept as it was: bodies\/halsingeradet\.yaml/);
      // The hand-written body (comments, members, description, rules) is not touched, byte for byte.
      expect(await readFile(bodyFile)).toEqual(body);
      // The same document again is the same record: replaced, no --force needed, nothing doubled.
      const again = await cli(['import', s000, '--into', dir]);
      expect(again.code).toBe(0);
      expect((await files(dir)).filter((f) => f.startsWith('meetings/halsingeradet/2023'))).toEqual([
        'meetings/halsingeradet/2023-10-11.txt',
        'meetings/halsingeradet/2023-10-11.yaml',
      ]);
      expect((await cli(['validate', dir])).code).toBe(0);
    },
  );

  itShared('seeds', 'imports a seed twice, without and with --date: one record, with the date', async () => {
    const dir = await archive();
    expect((await cli(['import', s001, '--into', dir, '--body', 'Hälsingerådet'])).code).toBe(0);
    const dated = await cli(['import', s001, '--into', dir, '--body', 'Hälsingerådet', '--date', '2021-12-08']);
    expect(dated.code).toBe(0);
    expect(dated.stdout).toMatch(/replaces meetings\/halsingeradet\/p612-626\.yaml/);
    expect((await files(dir)).filter((f) => f.startsWith('meetings/'))).toEqual([
      'meetings/halsingeradet/2021-12-08.txt',
      'meetings/halsingeradet/2021-12-08.yaml',
    ]);
    const check = await cli(['validate', dir]);
    expect(check.stdout).not.toMatch(/overlap/);
    const show = await cli(['show', dir, '--today', '2024-09-20', '--json']);
    expect(JSON.parse(show.stdout).openAssignments).toHaveLength(3);
  });

  itShared('seeds', 'imports a document without a body only when told it, and prints its warnings', async () => {
    const dir = await archive();
    const refused = await cli(['import', s001, '--into', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /001_1446fac81f405354\.txt: not imported: the document does not name its body; name it when importing \(use --body NAME\)/,
    );
    const ok = await cli(['import', s001, '--into', dir, '--body', 'Hälsingerådet']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /minutes of Hälsingerådet \(no date\), 15 §, 17 people → .*meetings\/halsingeradet\/p612-626\.yaml.*; 2 warnings/,
    );
    expect(ok.stdout).toMatch(
      /\n {2}.*001_1446fac81f405354\.txt:3: warning: the document does not state the meeting's date/,
    );
  });

  itShared('seeds', 'imports all five seeds and the fixtures into one archive that validates', async () => {
    const dir = await archive();
    const { code, stdout, stderr } = await cli([
      'import',
      s000,
      s002,
      s003,
      s004,
      join(fixtures, 'norrdal-protokoll.txt'),
      join(fixtures, 'dalaradet-protokoll.md'),
      '--into',
      dir,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/6 of 6 documents imported/);
    const written = await files(dir);
    expect(written).toEqual(
      expect.arrayContaining([
        'programmes/utvecklingsprogram-halsingeradet-2022-03-23.yaml',
        'programmes/utvecklingsprogram-halsingeradet-2022-03-23.txt',
        'meetings/samverkanstid-kommuner-region-och-lansstyrelse/2024-09-16.yaml',
        'meetings/gemensam-namnd-for-samverkan-inom-drift-och-service-utveckling-samt/utan-datum-004-d0b6e16a505175b7.yaml',
        'meetings/dalaradet/2025-03-03.md',
        'schedules/norrdalsradet/2026.yaml',
      ]),
    );
    const check = await cli(['validate', dir]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  itShared('seeds', 'shows a progress bar on a terminal for many files, and none otherwise', async () => {
    const dir = await archive();
    const list = [s000, s002, s003, s004, join(fixtures, 'norrdal-protokoll.txt')];
    const tty = await cli(['import', ...list, '--into', dir], true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\[#{30}\] 5\/5/);
    const dir2 = await archive();
    const pipe = await cli(['import', ...list, '--into', dir2]);
    expect(pipe.stderr).toBe('');
  });

  it('needs --into', async () => {
    const { code, stderr } = await cli(['import', s000]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/import needs --into ARCHIVE/);
  });
});
