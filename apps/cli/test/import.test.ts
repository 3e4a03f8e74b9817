import { readFile } from 'node:fs/promises';
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
        '000_c6125869e6929b6e.txt: minutes of Hälsingerådet 2023-10-11, 19 §, 18 people, schedule 2024 → bodies/halsingeradet.yaml, meetings/halsingeradet/2023-10-11.yaml, schedules/halsingeradet/2024.yaml; 0 warnings\n',
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

  itShared('seeds', 'refuses to overwrite without --force and leaves the archive as it was', async () => {
    const dir = await archive();
    await cli(['import', s000, '--into', dir]);
    const before = await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), 'utf8');
    const again = await cli(['import', s000, '--into', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /not imported: meetings\/halsingeradet\/2023-10-11\.yaml, schedules\/halsingeradet\/2024\.yaml, meetings\/halsingeradet\/2023-10-11\.txt already exist .*use --force/,
    );
    expect(await readFile(join(dir, 'meetings/halsingeradet/2023-10-11.yaml'), 'utf8')).toBe(before);
    const forced = await cli(['import', s000, '--into', dir, '--force']);
    expect(forced.code).toBe(0);
  });

  itShared('seeds', 'imports a document without a body only when told it, and prints its warnings', async () => {
    const dir = await archive();
    const refused = await cli(['import', s001, '--into', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /001_1446fac81f405354\.txt: not imported: the document does not name its body; give one \(--body NAME\)/,
    );
    const ok = await cli(['import', s001, '--into', dir, '--body', 'Hälsingerådet']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /minutes of Hälsingerådet \(no date\), 15 §, 17 people → .*meetings\/halsingeradet\/p612-626\.yaml; 2 warnings/,
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
