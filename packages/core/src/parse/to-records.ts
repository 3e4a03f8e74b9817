import type { z } from 'zod';
import { type Body, BodySchema, type LegalForm } from '../model/body.js';
import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { type Meeting, MeetingSchema } from '../model/meeting.js';
import { isIsoDate, WeekdaySchema } from '../model/primitives.js';
import { type Programme, ProgrammeSchema } from '../model/programme.js';
import { inScheduleYear, type Schedule, ScheduleSchema } from '../model/schedule.js';
import { localTimeProblem } from '../text/local-time.js';
import type { RecordWord, TimePlace } from '../text/parse-diagnostic-words.js';
import type { ParsedDocument, ParsedParagraph } from './document.js';
import { storeTextOnce } from './text-once.js';

/**
 * A parsed document as archive records: its body, the meeting (minutes or agenda), the schedules it
 * decides or proposes, or the programme. This is what `sammantrade import` writes.
 */

/** Options for {@link toRecords}. */
export interface ToRecordsOptions {
  /** The body to file the records under, when the document does not name it or names it otherwise. */
  body?: { id?: string; name?: string };
  /** The original document's path, relative to the archive, kept in the meeting's `source`. */
  sourceFile?: string;
  /** What the original is: plain text, markdown-like text extracted from a PDF, a PDF or a Word file. */
  format?: 'text' | 'markdown' | 'pdf' | 'docx';
}

/** The records made from one document, and what making them reported. */
export interface ImportRecords {
  body?: Body;
  /** Every body the records are filed under, when a schedule page lists several (`body` is the first). */
  bodies?: Body[];
  meeting?: Meeting;
  schedules: Schedule[];
  programme?: Programme;
  diagnostics: Diagnostic[];
}

/**
 * A lower-case id for file names and URLs: "Hälsingerådet" → "halsingeradet". Letters lose their
 * accents, everything else becomes a dash, and the id is cut at a dash to at most `max` characters.
 */
export function slugify(text: string, max = 80): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 10 ? cut.slice(0, dash) : base.slice(0, max)).replace(/-+$/, '');
}

function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: RecordWord,
  diagnostics: Diagnostic[],
  year?: number,
): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const args = { record: what, year, path: issue?.path.join('.') ?? '', issue: issue?.message ?? '' };
  diagnostics.push(diagnostic('error', 'record-invalid', args));
  return undefined;
}

/** A parsed paragraph the archive can hold: it has its number and title. */
type Recordable = ParsedParagraph & { number: number; title: string };

/**
 * The paragraphs the archive can hold: those with a number and a title. One the document leaves without
 * either (an extract's stripped § number, a title whose end the text does not show) stays out of the
 * record with a warning; the archive never gets a number or title the document did not give.
 */
function recordable(paragraphs: readonly ParsedParagraph[], diagnostics: Diagnostic[]): Recordable[] {
  const out: Recordable[] = [];
  for (const p of paragraphs) {
    if (p.number === undefined || p.title === undefined) {
      const what = p.number === undefined ? { title: p.title ?? p.text?.slice(0, 40) ?? '' } : { number: p.number };
      diagnostics.push(diagnostic('warning', 'paragraph-left-out', what));
      continue;
    }
    out.push({ ...p, number: p.number, title: p.title });
  }
  return out;
}

/** The id of a meeting within its body: its date (agendas: `<date>-kallelse`), else its paragraph range. */
function meetingId(doc: ParsedDocument, sourceFile?: string): string | undefined {
  const suffix = doc.kind === 'agenda' ? '-kallelse' : doc.kind === 'extract' ? '-utdrag' : '';
  if (doc.date) return `${doc.date}${suffix}`;
  if (doc.paragraphRange) return `p${doc.paragraphRange.from}-${doc.paragraphRange.to}${suffix}`;
  const file = sourceFile
    ?.split('/')
    .pop()
    ?.replace(/\.[^.]*$/, '');
  return file ? slugify(`utan-datum-${file}`) : undefined;
}

/**
 * Turns a parsed document into archive records. The body's name comes from `options.body`, else the
 * document, else (with an info diagnostic) the document's own title. Records the schemas reject are
 * left out with an error diagnostic, so what is returned can always be saved.
 */
export function toRecords(doc: ParsedDocument, options: ToRecordsOptions = {}): ImportRecords {
  const diagnostics: Diagnostic[] = [];
  const out: ImportRecords = { schedules: [], diagnostics };
  if (doc.kind === 'schedule') return schedulePageRecords(doc, options, out);
  let name = options.body?.name ?? doc.body.name;
  if (!name && doc.title && doc.kind !== 'programme') {
    name = doc.title;
    diagnostics.push(diagnostic('info', 'body-from-title', { title: doc.title }));
  }
  const id = options.body?.id ?? (name ? slugify(name) : undefined);
  if (!name || !id) {
    diagnostics.push(diagnostic('error', 'no-body', {}));
    return out;
  }
  const rules = rulesOf(doc, name, diagnostics);
  const legalForm = legalFormOf(name, doc.body.organisation);
  if (!legalForm && doc.kind !== 'programme') diagnostics.push(diagnostic('info', 'no-legal-form', { name }));
  out.body = validated(
    BodySchema,
    {
      id,
      name,
      ...(legalForm ? { legalForm } : {}),
      ...(doc.body.organisation ? { organisation: doc.body.organisation } : {}),
      ...(doc.body.orgNumber ? { orgNumber: doc.body.orgNumber } : {}),
      rules,
    },
    'body',
    diagnostics,
  );

  if (doc.kind === 'programme') {
    const title = doc.title ?? 'Program';
    out.programme = validated(
      ProgrammeSchema,
      {
        id: slugify(`${title}${doc.date ? ` ${doc.date}` : ''}`),
        body: id,
        title,
        ...(doc.date ? { date: doc.date } : {}),
        ...(doc.author ? { author: doc.author } : {}),
        ...(doc.authorDate ? { authorDate: doc.authorDate } : {}),
        areas: doc.areas,
      },
      'programme',
      diagnostics,
    );
    return out;
  }
  if (doc.kind !== 'minutes' && doc.kind !== 'agenda' && doc.kind !== 'extract') {
    diagnostics.push(diagnostic('error', 'nothing-to-import', {}));
    return out;
  }
  const mid = meetingId(doc, options.sourceFile);
  if (!mid) {
    diagnostics.push(diagnostic('error', 'meeting-unnamed', {}));
    return out;
  }
  const agenda = doc.kind === 'agenda';
  const statedWeekday = WeekdaySchema.safeParse(doc.statedWeekday);
  checkTimes(doc, diagnostics);
  out.meeting = validated(
    MeetingSchema,
    {
      id: mid,
      body: id,
      kind: doc.kind,
      ...(doc.title && doc.title !== name ? { title: doc.title } : {}),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.date && statedWeekday.success ? { statedWeekday: statedWeekday.data } : {}),
      ...(doc.start ? { start: doc.start } : {}),
      ...(doc.end ? { end: doc.end } : {}),
      ...(doc.location ? { location: doc.location } : {}),
      ...(doc.attendance ? { attendance: doc.attendance } : {}),
      status: doc.kind === 'agenda' ? 'planned' : 'held',
      ...(doc.paragraphRange ? { paragraphRange: doc.paragraphRange } : {}),
      participants: doc.participants,
      paragraphs: recordable(doc.paragraphs, diagnostics).map((p) => paragraphOf(p, agenda)),
      ...(doc.adjustment ? { adjustment: doc.adjustment } : {}),
      ...(doc.nextMeeting ? { nextMeeting: doc.nextMeeting } : {}),
      attachments: doc.attachments,
      source: {
        ...(options.sourceFile ? { file: options.sourceFile } : {}),
        format: options.format ?? 'text',
        diagnostics: doc.diagnostics.map(({ file: _, ...d }) => d),
      },
    },
    'meeting',
    diagnostics,
  );
  const years = new Set<number>();
  for (const s of doc.schedules) {
    if (years.has(s.year)) {
      diagnostics.push(diagnostic('warning', 'schedule-second', { year: s.year, paragraph: s.paragraph }));
      continue;
    }
    years.add(s.year);
    const schedule = validated(
      ScheduleSchema,
      {
        body: id,
        year: s.year,
        // An agenda only proposes; the schedule is decided when minutes say so.
        status: agenda ? 'proposed' : s.status,
        decidedBy: {
          meeting: mid,
          ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}),
          ...(s.caseNumber ? { caseNumber: s.caseNumber } : {}),
        },
        meetings: inYear(s.meetings, s.year, diagnostics),
      },
      'schedule',
      diagnostics,
      s.year,
    );
    if (schedule) out.schedules.push(schedule);
  }
  return out;
}

/**
 * A schedule's meetings in its year. The archive keeps one schedule per body and year and refuses a date
 * of another year in it, so a date the reader placed in another year ("6 december" read as the year
 * before) is left out with a warning rather than written into a file that would not load.
 */
function inYear<M extends { date: string }>(meetings: readonly M[], year: number, diagnostics: Diagnostic[]): M[] {
  return meetings.filter((m) => {
    if (inScheduleYear(m.date, year)) return true;
    diagnostics.push(diagnostic('warning', 'schedule-date-other-year', { date: m.date, year }));
    return false;
  });
}

/**
 * A schedule page's records: one `published` schedule per body and year, and each body it names.
 * `options.body` names the body of a page that names none (or renames the one it names); on a page of
 * several bodies, dates whose body the page lost are left out with a warning.
 */
function schedulePageRecords(doc: ParsedDocument, options: ToRecordsOptions, out: ImportRecords): ImportRecords {
  const { diagnostics } = out;
  const several = doc.schedules.some((s) => s.body);
  const own = options.body?.name ?? doc.body.name;
  if (several && options.body) diagnostics.push(diagnostic('warning', 'schedule-body-option-unused', {}));
  const bodies = new Map<string, Body>();
  for (const s of doc.schedules) {
    const name = several ? s.body : own;
    if (!name) {
      diagnostics.push(
        several
          ? diagnostic('warning', 'schedule-dates-without-body', { count: s.meetings.length, year: s.year })
          : diagnostic('error', 'schedule-no-body', {}),
      );
      if (!several) return out;
      continue;
    }
    const id = (!several && options.body?.id) || slugify(name);
    if (!id) continue;
    if (!bodies.has(id)) {
      const body = validated(BodySchema, { id, name, rules: {} }, 'body', diagnostics);
      if (body) bodies.set(id, body);
    }
    const schedule = validated(
      ScheduleSchema,
      {
        body: id,
        year: s.year,
        status: s.status,
        meetings: inYear(s.meetings, s.year, diagnostics),
        source: {
          ...(options.sourceFile ? { file: options.sourceFile } : {}),
          format: options.format ?? 'text',
          diagnostics: doc.diagnostics.map(({ file: _, ...d }) => d),
        },
      },
      'schedule',
      diagnostics,
      s.year,
    );
    if (schedule) out.schedules.push(schedule);
  }
  out.bodies = [...bodies.values()];
  out.body = out.bodies[0];
  if (out.schedules.length === 0 && !diagnostics.some((d) => d.severity === 'error'))
    diagnostics.push(diagnostic('error', 'schedule-nothing-read', {}));
  return out;
}

/**
 * A paragraph as the record keeps it: its text stored once. An agenda item proposes and decides nothing:
 * what the reader took for decisions stays as its "Förslag till beslut", never as decisions.
 */
function paragraphOf({ proposals, ...p }: Recordable, agenda: boolean): Meeting['paragraphs'][number] {
  const hasProposal = () => p.sections.some((s) => /^förslag till beslut$/i.test(s.heading));
  const numbered = (items: readonly { point?: number | undefined; text: string }[]) =>
    items.map((x) => (x.point !== undefined ? `${x.point}. ${x.text}` : x.text)).join('\n');
  if (agenda && p.decisions.length > 0) {
    if (!hasProposal()) p.sections = [...p.sections, { heading: 'Förslag till beslut', text: numbered(p.decisions) }];
    p.decisions = [];
  }
  if (agenda && proposals?.length && !hasProposal())
    p.sections = [...p.sections, { heading: 'Förslag till beslut', text: numbered(proposals) }];
  return storeTextOnce(p, { agenda });
}

const ADJUSTMENT_RULE = /juster/i;
const DAYS_RULE = /\bvecka\b|\d+\s+dag|dagar/i;

/** The § whose text or decisions state a rule, when exactly one does. */
function paragraphStating(doc: ParsedDocument, test: (text: string) => boolean): number | undefined {
  const found = doc.paragraphs.filter((p) =>
    [p.text ?? '', ...p.decisions.map((d) => d.text), ...p.sections.map((x) => x.text)].some(test),
  );
  return found.length === 1 ? found[0]?.number : undefined;
}

/**
 * The rules the document states, with where and from when: a rule decided in minutes applies from that
 * meeting on; one an agenda only tells of ("enligt tidigare överenskommelse") has no known start.
 */
function rulesOf(doc: ParsedDocument, name: string, diagnostics: Diagnostic[]): Body['rules'] {
  const decided = (doc.kind === 'minutes' || doc.kind === 'extract') && doc.date !== undefined;
  const since = decided && doc.date ? { since: doc.date } : {};
  const where = (n: number | undefined) =>
    `${name}${doc.date ? ` ${doc.date}` : ''}${n !== undefined ? ` § ${n}` : ''}`;
  const rules: Body['rules'] = {};
  if (doc.rules?.adjustmentWithinDays !== undefined) {
    const n =
      doc.rules.paragraphs?.adjustment ?? paragraphStating(doc, (t) => ADJUSTMENT_RULE.test(t) && DAYS_RULE.test(t));
    rules.adjustment = { withinDays: doc.rules.adjustmentWithinDays, source: where(n), ...since };
  }
  const days = doc.rules?.weekdays?.flatMap((d) => {
    const day = WeekdaySchema.safeParse(d);
    return day.success ? [day.data] : [];
  });
  if (days && days.length > 0) rules.weekdays = { days, source: where(doc.rules?.paragraphs?.weekdays), ...since };
  if (doc.rules?.place) rules.place = { text: doc.rules.place, source: where(doc.rules.paragraphs?.place), ...since };
  if (Object.keys(rules).length > 0 && !decided)
    diagnostics.push(diagnostic('info', 'rules-not-decided', { kind: doc.kind }));
  return rules;
}

/**
 * The legal form a body's own name or organisation states: "Gemensam nämnd för …", "… ek för",
 * "ekonomisk förening", "kommunalförbund". Anything else stays unknown: a "Kommunförbund" may be an
 * association, a "samverkansråd" anything.
 */
export function legalFormOf(name: string, organisation: string | undefined): LegalForm | undefined {
  const text = `${name} ${organisation ?? ''}`;
  if (/(?<![\p{L}])gemensam(?:ma)?\s+nämnd/iu.test(text)) return 'joint-committee';
  if (/(?<![\p{L}])ek\.?\s*för\.?(?![\p{L}])|ekonomisk\s+förening/iu.test(text)) return 'economic-association';
  if (/kommunalförbund/iu.test(text)) return 'federation';
  return undefined;
}

/** Warns about a time the clocks skip or repeat on the night they change: it is kept, never moved. */
function checkTimes(doc: ParsedDocument, diagnostics: Diagnostic[]): void {
  const check = (place: TimePlace, date: string | undefined, time: string | undefined) => {
    if (!date || !time || !isIsoDate(date)) return;
    const problem = localTimeProblem(date, time);
    if (problem)
      diagnostics.push(diagnostic('warning', problem === 'gap' ? 'time-gap' : 'time-overlap', { place, time, date }));
  };
  check('start', doc.date, doc.start);
  check('end', doc.date, doc.end);
  check('next-start', doc.nextMeeting?.date, doc.nextMeeting?.start);
  check('next-end', doc.nextMeeting?.date, doc.nextMeeting?.end);
  for (const s of doc.schedules)
    for (const m of s.meetings) {
      check('schedule-start', m.date, m.start);
      check('schedule-end', m.date, m.end);
    }
}
