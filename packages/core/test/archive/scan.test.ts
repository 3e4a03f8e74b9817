import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rescanArchive, scanArchive } from '../../src/archive/scan.js';
import { body, makeArchive, meeting } from './helpers.js';

const MEETING = 'meetings/halsingeradet/2023-10-11.yaml';
const OTHER = 'meetings/halsingeradet/2023-11-15.yaml';

describe('rescanArchive', () => {
  it('gives what a full scan gives after files change, come and go, when told which', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body, [MEETING]: meeting });
    const first = await scanArchive(dir);
    // Changed in place, one added, one added and gone again, and paths that are no record.
    await writeFile(join(dir, MEETING), meeting.replace('Orbaden', 'Iggesund och Bollnäs'));
    await writeFile(join(dir, OTHER), meeting.replaceAll('2023-10-11', '2023-11-15'));
    await writeFile(join(dir, 'meetings/halsingeradet/x.yaml'), meeting);
    await rm(join(dir, 'meetings/halsingeradet/x.yaml'));
    await mkdir(join(dir, 'meetings/.hidden'), { recursive: true });
    await writeFile(join(dir, 'meetings/.hidden/a.yaml'), meeting);
    await writeFile(join(dir, 'meetings/halsingeradet/notes.txt'), 'x');
    await symlink(join(dir, MEETING), join(dir, 'meetings/halsingeradet/link.yaml'));
    const told = [
      MEETING,
      OTHER,
      'meetings/halsingeradet/x.yaml',
      'meetings/.hidden/a.yaml',
      'meetings/halsingeradet/notes.txt',
      'meetings/halsingeradet/link.yaml',
    ];
    const again = await rescanArchive(dir, first, told);
    const full = await scanArchive(dir);
    expect(again).toEqual(full);
    expect(again.version).not.toBe(first.version);
    // Then one goes.
    await rm(join(dir, OTHER));
    expect(await rescanArchive(dir, again, [OTHER])).toEqual(await scanArchive(dir));
    // Told nothing changed: the same version.
    expect((await rescanArchive(dir, full, [])).version).toBe(full.version);
  });
});
