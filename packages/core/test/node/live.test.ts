import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive, SammantradeError } from '../../src/index.js';
import { openLiveArchive } from '../../src/node.js';
import { body, makeArchive, meeting } from '../archive/helpers.js';

const MEETING = 'meetings/halsingeradet/2023-10-11.yaml';

/** Waits (up to 20 s, for a busy machine) until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  expect(check(), what).toBe(true);
}

describe('openLiveArchive', () => {
  it('follows edits by rename and in place, keeps the last good state over a broken file, and tells each listener once', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body, [MEETING]: meeting });
    const errors: SammantradeError[] = [];
    const changes: Archive[] = [];
    const live = await openLiveArchive(dir, {
      debounceMs: 50,
      watch: { fullCheckMs: 0 },
      onChange: (a) => changes.push(a),
      onError: (e) => errors.push(e),
    });
    const seen: Archive[] = [];
    const stop = live.subscribe((a) => seen.push(a));
    expect(live.dir).toBe(dir);
    expect(live.current.meetings[0]?.location).toBe('Orbaden');

    // Saved by rename, as editors and Sammanträde's own atomic writes do.
    await writeFile(join(dir, `${MEETING}.tmp`), meeting.replace('location: Orbaden', 'location: Iggesund'));
    await rename(join(dir, `${MEETING}.tmp`), join(dir, MEETING));
    await until(() => live.current.meetings[0]?.location === 'Iggesund', 'the renamed file is read');

    // Then in place, in the same file.
    await writeFile(join(dir, MEETING), meeting.replace('location: Orbaden', 'location: Bollnäs'));
    await until(() => live.current.meetings[0]?.location === 'Bollnäs', 'the file edited in place is read');

    // Half-saved: the last good state stays, and the error names the file and line.
    const good = live.current;
    await writeFile(join(dir, MEETING), `${meeting}\n  - number: [unclosed\n`);
    await until(() => errors.length > 0, 'the broken file is reported');
    expect(live.current).toBe(good);
    expect(errors[0]?.diagnostics.some((d) => d.file?.endsWith('2023-10-11.yaml') && d.line !== undefined)).toBe(true);

    // Reloading the same files announces nothing new.
    await writeFile(join(dir, MEETING), meeting);
    await until(() => live.current.meetings[0]?.location === 'Orbaden', 'the repaired file is read');
    const count = seen.length;
    await live.reload();
    expect(seen.length).toBe(count);
    expect(changes.length).toBe(seen.length);
    stop();
    await live.close();
  });

  it('follows files that come and go, and a folder that comes with its files', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body, [MEETING]: meeting });
    const live = await openLiveArchive(dir, { debounceMs: 50, watch: { fullCheckMs: 0 } });
    const other = 'meetings/halsingeradet/2023-11-15.yaml';
    await writeFile(join(dir, other), meeting.replaceAll('2023-10-11', '2023-11-15'));
    await until(() => live.current.meetings.length === 2, 'the new file is read');
    await rm(join(dir, other));
    await until(() => live.current.meetings.length === 1, 'the deleted file is gone');
    // A new body with a folder of meetings, the folder made by a rename (as git checkout may do).
    await writeFile(join(dir, 'bodies/revisionen.yaml'), body.replaceAll('halsingeradet', 'revisionen'));
    const made = join(dir, 'meetings/.new-revisionen');
    await mkdir(made);
    await writeFile(join(made, '2023-10-11.yaml'), meeting.replaceAll('halsingeradet', 'revisionen'));
    await rename(made, join(dir, 'meetings/revisionen'));
    await until(() => live.current.meetingsOf('revisionen').length === 1, 'the meetings of the new folder are read');
    await live.close();
  });

  it('does not watch when told not to, and reloads on request', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body, [MEETING]: meeting });
    const live = await openLiveArchive(dir, { watch: false });
    await writeFile(join(dir, MEETING), meeting.replace('location: Orbaden', 'location: Ljusdal'));
    expect((await live.reload()).meetings[0]?.location).toBe('Ljusdal');
    await live.close();
  });

  it('reloads only the files it is told changed; told none, it announces nothing', async () => {
    const dir = await makeArchive({ 'bodies/halsingeradet.yaml': body, [MEETING]: meeting });
    const live = await openLiveArchive(dir, { watch: false });
    const seen: Archive[] = [];
    live.subscribe((a) => seen.push(a));
    const before = live.current;
    await writeFile(join(dir, MEETING), meeting.replace('location: Orbaden', 'location: Ljusdal'));
    expect(await live.reload([])).toBe(before);
    expect(seen).toEqual([]);
    expect((await live.reload([MEETING])).meetings[0]?.location).toBe('Ljusdal');
    expect(seen).toHaveLength(1);
    await live.close();
  });
});
