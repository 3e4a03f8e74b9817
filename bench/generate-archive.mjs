// Writes a seed-like archive of N meetings (default 10,000) to a folder, for the load, report, feed
// and viewer benchmarks: a body per 2,000 meetings (at least five), a schedule per body and year,
// minutes with participants, paragraphs, decisions, assignments and case numbers that recur across
// meetings. A body meets every one to three weeks, so 2,000 meetings span about 80 years from 1990:
// every date stays within what the model accepts, at 10,000 meetings as at 100,000 and more.
// Usage: node bench/generate-archive.mjs DIR [N]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordPath, stringifyRecordYaml } from '../packages/core/dist/index.js';

const MUNICIPALITIES = ['Bollnäs', 'Hudiksvall', 'Ljusdal', 'Nordanstig', 'Ovanåker', 'Söderhamn'];
const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'SD', 'L', 'MP'];
const TITLES = [
  'Budget',
  'Delårsrapport',
  'IT-samverkan',
  'Upphandling',
  'Utvecklingsplan',
  'Revisionsrapport',
  'Sammanträdestider',
];

/** A small deterministic random generator, so every run writes the same archive. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

export async function generateArchive(dir, count = 10_000) {
  const rnd = random(42);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const files = [];
  const bodies = Array.from({ length: Math.max(5, Math.ceil(count / 2000)) }, (_, i) => ({
    id: `organ-${i + 1}`,
    name: `Samverkansorgan ${i + 1}`,
    rules: { adjustment: { withinDays: 7 }, weekdays: { days: ['monday', 'wednesday', 'friday'] } },
  }));
  for (const body of bodies) files.push(['body', body]);
  const perBody = Math.ceil(count / bodies.length);
  let written = 0;
  for (const body of bodies) {
    let day = Date.UTC(1990, 0, 3);
    let paragraph = 1;
    const schedules = new Map();
    for (let m = 0; m < perBody && written < count; m++, written++) {
      day += (7 + Math.floor(rnd() * 14)) * 86_400_000;
      const date = new Date(day).toISOString().slice(0, 10);
      const year = Number(date.slice(0, 4));
      const list = schedules.get(year) ?? [];
      list.push({ date, note: pick(TITLES) });
      schedules.set(year, list);
      const paragraphs = Array.from({ length: 8 }, (_, p) => {
        const number = paragraph++;
        const title = `${pick(TITLES)} ${year}`;
        return {
          number,
          title,
          types: [pick(['decision', 'information', 'plan'])],
          caseNumber: `SO/${1 + Math.floor(rnd() * 60)}/${year}`,
          text: `Ärendet gäller ${title.toLowerCase()} för ${pick(MUNICIPALITIES)}. `.repeat(4),
          decisions: p % 2 === 0 ? [{ text: 'Förslaget bifalls.', outcome: 'approved' }] : [],
          assignments:
            p === 3
              ? [
                  {
                    assignee: `Kommunchef ${pick(MUNICIPALITIES)}`,
                    task: 'återkomma med förslag',
                    due: new Date(day + 90 * 86_400_000).toISOString().slice(0, 10),
                  },
                ]
              : [],
        };
      });
      files.push([
        'meeting',
        {
          id: date,
          body: body.id,
          kind: 'minutes',
          date,
          start: '09:00',
          end: '12:00',
          location: pick(MUNICIPALITIES),
          status: 'held',
          paragraphRange: { from: paragraphs[0].number, to: paragraphs.at(-1).number },
          participants: Array.from({ length: 12 }, (_, i) => ({
            name: `Person ${body.id} ${i}`,
            roles: i === 0 ? ['member', 'chair'] : i === 11 ? ['absent'] : ['member'],
            party: pick(PARTIES),
            municipality: `${pick(MUNICIPALITIES)}s kommun`,
          })),
          adjustment: { deadline: new Date(day + 7 * 86_400_000).toISOString().slice(0, 10) },
          paragraphs,
        },
      ]);
    }
    for (const [year, meetings] of schedules)
      files.push(['schedule', { body: body.id, year, status: 'decided', meetings }]);
  }
  // Written a few at a time: one by one, 100,000 files take minutes.
  const folders = new Map();
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async ([kind, record]) => {
        const path = join(dir, recordPath(kind, record));
        const folder = join(path, '..');
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
        await folders.get(folder);
        await writeFile(path, stringifyRecordYaml(record));
      }),
    );
  }
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node bench/generate-archive.mjs DIR [N]');
  console.log(`${await generateArchive(dir, Number(n ?? 10_000))} files written to ${dir}`);
}
