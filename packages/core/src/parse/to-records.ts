import type { z } from 'zod';
import { type Body, BodySchema } from '../model/body.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type Meeting, MeetingSchema } from '../model/meeting.js';
import type { Paragraph } from '../model/paragraph.js';
import { type Programme, ProgrammeSchema } from '../model/programme.js';
import { type Schedule, ScheduleSchema } from '../model/schedule.js';
import type { ParsedDocument, ParsedParagraph } from './document.js';

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
  what: string,
  diagnostics: Diagnostic[],
): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  diagnostics.push({
    severity: 'error',
    message:
      `the ${what} made from this document is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
  });
  return undefined;
}

/**
 * The paragraphs the archive can hold: those with a number and a title. One the document leaves without
 * either (an extract's stripped § number, a title whose end the text does not show) stays out of the
 * record with a warning; the archive never gets a number or title the document did not give.
 */
function recordable(paragraphs: readonly ParsedParagraph[], diagnostics: Diagnostic[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { proposals: _, ...p } of paragraphs) {
    if (p.number === undefined || p.title === undefined) {
      const what = p.number === undefined ? `"${p.title ?? p.text?.slice(0, 40) ?? ''}"` : `§ ${p.number}`;
      diagnostics.push({
        severity: 'warning',
        message: `${what} is left out of the archive: the document does not give its ${p.number === undefined ? 'number' : 'title'}`,
      });
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
  let name = options.body?.name ?? doc.body.name;
  if (!name && doc.title && doc.kind !== 'programme') {
    name = doc.title;
    diagnostics.push({ severity: 'info', message: `the body is named after the document's title, "${doc.title}"` });
  }
  const id = options.body?.id ?? (name ? slugify(name) : undefined);
  if (!name || !id) {
    diagnostics.push({ severity: 'error', message: 'the document does not name its body; give one (--body NAME)' });
    return out;
  }
  const sourceRef = `${name}${doc.date ? ` ${doc.date}` : ''}`;
  const rules: Body['rules'] = {};
  if (doc.rules?.adjustmentWithinDays !== undefined)
    rules.adjustment = { withinDays: doc.rules.adjustmentWithinDays, source: sourceRef };
  const days = doc.rules?.weekdays?.filter((d): d is NonNullable<Body['rules']['weekdays']>['days'][number] =>
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].includes(d),
  );
  if (days && days.length > 0) rules.weekdays = { days, source: sourceRef };
  if (doc.rules?.place) rules.place = { text: doc.rules.place, source: sourceRef };
  out.body = validated(
    BodySchema,
    {
      id,
      name,
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
    diagnostics.push({
      severity: 'error',
      message: 'not minutes, an extract, an agenda or a programme; nothing to import',
    });
    return out;
  }
  const mid = meetingId(doc, options.sourceFile);
  if (!mid) {
    diagnostics.push({
      severity: 'error',
      message: 'the meeting has no date and no paragraph range to name it by; give --date',
    });
    return out;
  }
  out.meeting = validated(
    MeetingSchema,
    {
      id: mid,
      body: id,
      kind: doc.kind,
      ...(doc.title && doc.title !== name ? { title: doc.title } : {}),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.start ? { start: doc.start } : {}),
      ...(doc.end ? { end: doc.end } : {}),
      ...(doc.location ? { location: doc.location } : {}),
      ...(doc.attendance ? { attendance: doc.attendance } : {}),
      status: doc.kind === 'agenda' ? 'planned' : 'held',
      ...(doc.paragraphRange ? { paragraphRange: doc.paragraphRange } : {}),
      participants: doc.participants,
      // Proposals of an agenda stay in their "Förslag till beslut" section; the record has no field for them.
      paragraphs: recordable(doc.paragraphs, diagnostics),
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
      diagnostics.push({
        severity: 'warning',
        message: `a second schedule for ${s.year} (§ ${s.paragraph ?? '?'}) is left out`,
      });
      continue;
    }
    years.add(s.year);
    const schedule = validated(
      ScheduleSchema,
      {
        body: id,
        year: s.year,
        status: s.status,
        decidedBy: {
          meeting: mid,
          ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}),
          ...(s.caseNumber ? { caseNumber: s.caseNumber } : {}),
        },
        meetings: s.meetings,
      },
      `schedule for ${s.year}`,
      diagnostics,
    );
    if (schedule) out.schedules.push(schedule);
  }
  return out;
}
