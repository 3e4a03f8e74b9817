import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../apps/cli/src/io.js';
import { run } from '../apps/cli/src/program.js';
import { createApp } from '../apps/web/src/app.js';
import { loadArchive } from '../packages/core/dist/node.js';
import { itShared, sharedPath } from './shared.js';

/**
 * One answer everywhere: the same questions asked through `sammantrade show`, `sammantrade report`, the
 * web viewer and the calendar give the same answers on one archive. Each app only presents core's answer;
 * this test is what keeps them from drifting apart again.
 */

const SAMPLE = fileURLToPath(new URL('../examples/samverkan', import.meta.url));
const SEEDS = sharedPath('seeds');
const TODAY = '2024-09-20';

async function cli(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  if (code !== 0) throw new Error(`sammantrade ${argv.join(' ')}: ${io.stderr}`);
  return io.stdout;
}

interface Seen {
  /** § and assignee: enough to tell the assignments of these archives apart. */
  key: string;
  state: string;
}

const byKey = (rows: Seen[]) => Object.fromEntries(rows.map((r) => [r.key, r.state]));

/** The assignments each app shows, and the state it gives each. */
async function whatEachAppSays(dir: string) {
  const show = JSON.parse(await cli('show', dir, '--today', TODAY, '--json')).openAssignments as {
    paragraph: number;
    assignee: string;
    state: string;
  }[];
  const report = (open: boolean) =>
    cli('report', 'assignments', dir, '--today', TODAY, '--format', 'json', ...(open ? ['--open'] : [])).then((text) =>
      (JSON.parse(text).tables[0].rows as { paragraph: number; assignee: string; status: string }[]).map((r) => ({
        key: `${r.paragraph}|${r.assignee}`,
        state: r.status,
      })),
    );
  const csv = await cli('report', 'assignments', dir, '--today', TODAY, '--format', 'csv', '--lang', 'en');
  const app = createApp({ archive: await loadArchive(dir), now: () => new Date(`${TODAY}T10:00:00Z`) });
  const page = async (status: string) => {
    const html = await (await app.request(`/uppdrag/?status=${status}`)).text();
    return [
      ...html.matchAll(/<tr><td>.*?<\/td><td><span class="state-([a-z-]+)">.*?<\/td><td>(.*?)<\/td>.*?#p(\d+)"/g),
    ].map((m) => ({ key: `${m[3]}|${m[2]}`, state: m[1] as string }));
  };
  const ics = await cli('calendar', dir, '--deadlines');
  const reportBacks = [...ics.replace(/\r\n /g, '').matchAll(/^SUMMARY:Återrapportering: (.*)\r$/gm)].map((m) => m[1]);
  return {
    show: show.map((a) => ({ key: `${a.paragraph}|${a.assignee}`, state: a.state })),
    report: await report(false),
    reportOpen: await report(true),
    csv,
    web: await page('all'),
    webOpen: await page('open'),
    reportBacks,
  };
}

async function expectAgreement(dir: string) {
  const seen = await whatEachAppSays(dir);
  const all = byKey(seen.report);
  expect(Object.keys(all).length).toBeGreaterThan(0);
  // The viewer lists every assignment with the report's state.
  expect(byKey(seen.web)).toEqual(all);
  // "Open" is the same set everywhere, with the same states.
  const open = Object.fromEntries(
    Object.entries(all).filter(([, state]) => state !== 'reported' && state !== 'withdrawn'),
  );
  expect(byKey(seen.show)).toEqual(open);
  expect(byKey(seen.reportOpen)).toEqual(open);
  expect(byKey(seen.webOpen)).toEqual(open);
  // The CSV speaks the same codes.
  for (const state of Object.values(all)) expect(seen.csv).toContain(state === 'due-soon' ? 'due soon' : state);
  return { all, reportBacks: seen.reportBacks };
}

describe('one answer everywhere', () => {
  it('on the sample archive: show, report, the viewer and the calendar agree on every assignment', async () => {
    const { all, reportBacks } = await expectAgreement(SAMPLE);
    // § 617 only looks like § 758 of 2023: possibly reported, still open. "19 januari" has no year.
    expect(all['617|Ordförande Mikael Löthstam']).toBe('open');
    // No report-back date with a year: nothing to put in a calendar.
    expect(reportBacks).toEqual([]);
  }, 120_000);

  itShared(
    'seeds',
    'on the archive imported from the five seeds',
    async () => {
      const dir = join(await mkdtemp(join(tmpdir(), 'sammantrade-one-answer-')), 'arkiv');
      const seed = async (prefix: string) =>
        join(SEEDS, (await readdir(SEEDS)).find((f) => f.startsWith(prefix)) as string);
      await cli('import', await seed('000'), await seed('002'), await seed('003'), '--into', dir);
      await cli('import', await seed('001'), '--into', dir, '--date', '2021-12-08', '--body', 'Hälsingerådet');
      await cli('import', await seed('004'), '--into', dir, '--date', '2020-12-14');
      const { all, reportBacks } = await expectAgreement(dir);
      // § 617 of 2021 was due 19 January 2022 and nothing shows it reported back: overdue, not "reported".
      expect(all['617|Ordförande Mikael Löthstam']).toBe('overdue');
      // The calendar carries the report-back dates of exactly the open assignments that have one.
      expect(reportBacks.sort()).toEqual(['Kommuncheferna', 'Ordförande Mikael Löthstam']);
      // The 2021 minutes have no adjustment deadline (the one-week rule came in 2023), and say why.
      const deadlines = JSON.parse(await cli('report', 'deadlines', dir, '--format', 'json')).tables[0].rows;
      const minutes2021 = deadlines.find((r: { date: string }) => r.date === '2021-12-08');
      expect(minutes2021).toMatchObject({ adjustBy: null, appealBy: null });
      expect(minutes2021.remark).toMatch(/gäller från 2023-10-11, efter mötet/);
      // The 2021 schedule of the gemensam nämnd is a proposal.
      const schedule = JSON.parse(await cli('report', 'schedule', dir, '--year', '2021', '--format', 'json')).tables[0]
        .rows as { status: string; body: string }[];
      expect(schedule.filter((r) => r.body.startsWith('Gemensam')).map((r) => r.status)).toEqual(
        Array(4).fill('proposed'),
      );
      // GNS/6/2020: the meeting of 9 November 2020 was Regionens samverkansråd's.
      const history = JSON.parse(await cli('report', 'case', 'GNS/6/2020', dir, '--format', 'json')).tables[0].rows;
      expect(history.find((r: { date: string }) => r.date === '2020-11-09')?.body).toBe('Regionens samverkansråd');
    },
    300_000,
  );
});
