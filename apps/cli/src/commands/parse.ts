import {
  CLI_WORDS,
  errorMessage,
  escapeControlChars,
  formatDiagnostic,
  formatEnglishDate,
  formatSwedishDate,
  isIsoDate,
  isSammantradeError,
  type Lang,
  type ParsedDocument,
  parseDocument,
  WORDS,
} from '@sammantrade/core';
import { type DocumentFile, readDocumentFile } from '@sammantrade/core/node';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '@sammantrade/core/read';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type CommandContext, EXIT } from '../io.js';
import { type Say, sayIn } from '../lang.js';

/** The read-limit options `parse` and `import` share. */
export interface LimitFlags {
  maxPages?: string;
  maxSeconds?: string;
  maxMemory?: string;
}

/** Adds --max-pages, --max-seconds and --max-memory to a command. */
export function limitOptions(command: Command, say: Say): Command {
  const d = DEFAULT_READ_LIMITS;
  const W = CLI_WORDS.parse;
  return command
    .option('--max-pages <n>', say(W.maxPages(d.maxPages)))
    .option('--max-seconds <s>', say(W.maxSeconds(d.maxSeconds, d.maxSecondsPerPage)))
    .option('--max-memory <MB>', say(W.maxMemory(d.maxMemoryMb)));
}

/** The limits the options give, checked: positive numbers or a usage error. */
export function limitsOption(flags: LimitFlags, say: Say): Partial<ReadLimits> {
  const number = (value: string | undefined, flag: string): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(Number.isFinite(n) && n > 0)) throw new UsageError(say(CLI_WORDS.notPositive(flag, value)));
    return n;
  };
  const maxPages = number(flags.maxPages, 'max-pages');
  const maxSeconds = number(flags.maxSeconds, 'max-seconds');
  const maxMemoryMb = number(flags.maxMemory, 'max-memory');
  return {
    ...(maxPages ? { maxPages } : {}),
    ...(maxSeconds
      ? { maxSeconds, maxSecondsPerPage: Math.min(maxSeconds, DEFAULT_READ_LIMITS.maxSecondsPerPage) }
      : {}),
    ...(maxMemoryMb ? { maxMemoryMb } : {}),
  };
}

/** Parses a document file as read, with the page of each line for a PDF. */
function parseRead(read: DocumentFile, date?: string): ParsedDocument {
  const doc = parseDocument(read.text, {
    file: read.file,
    ...(date ? { date } : {}),
    ...(read.pages ? { pages: read.pages } : {}),
  });
  doc.diagnostics.unshift(...read.diagnostics);
  return doc;
}

/** The `--date` option, checked: a real date or a usage error. */
export function dateOption(value: string | undefined, say: Say): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(say(CLI_WORDS.notDate('date', value)));
  return value;
}

const V = CLI_WORDS.parse;

/** A parsed document as text for a terminal, in the language asked for (Swedish by default). */
export function renderDocument(doc: ParsedDocument, lang: Lang = 'sv'): string {
  const say = sayIn(lang);
  const words = WORDS[lang];
  const day = (d: string | undefined) =>
    d ? (lang === 'sv' ? formatSwedishDate(d) : formatEnglishDate(d)) : say(V.noDate);
  const at = (start: string | undefined, end: string | undefined) =>
    start ? ` ${say(V.at)} ${start}${end ? `–${end}` : ''}` : '';
  const out: string[] = [];
  const name = doc.body.name ?? doc.title ?? say(V.noBody);
  out.push(`${say(V.kind[doc.kind])}: ${name}${doc.body.orgNumber ? ` (${doc.body.orgNumber})` : ''}`);
  if (doc.title && doc.title !== name) out.push(`  ${doc.title}`);
  if (doc.kind === 'schedule') {
    out.push(...renderSchedules(doc, lang));
  } else if (doc.kind === 'programme') {
    out.push(`  ${day(doc.date)}${doc.author ? `, ${doc.author}${doc.authorDate ? ` ${doc.authorDate}` : ''}` : ''}`);
    for (const area of doc.areas) {
      out.push(`  ${area.name}`);
      for (const item of area.items)
        out.push(
          `    ${item.status ? `[${words.programmeStatus[item.status]}] ` : ''}${item.name}${item.responsible ? ` – ${item.responsible}` : ''}`,
        );
    }
  } else {
    const where = [
      doc.location,
      doc.attendance && doc.attendance !== 'in-person' ? words.attendance[doc.attendance] : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  ${day(doc.date)}${at(doc.start, doc.end)}${where ? `, ${where}` : ''}`);
    if (doc.paragraphRange) out.push(`  §§ ${doc.paragraphRange.from}–${doc.paragraphRange.to}`);
    if (doc.participants.length > 0) out.push(`  ${say(V.participants(doc.participants.length))}`);
    for (const p of doc.participants) {
      const facts = [
        p.party,
        p.municipality ?? p.organisation,
        p.title,
        p.substituteFor ? say(V.substituteFor(p.substituteFor)) : '',
        p.note,
      ];
      out.push(
        `    ${p.name} – ${p.roles.map((r) => words.role[r] ?? r).join(', ')}${facts.some(Boolean) ? ` (${facts.filter(Boolean).join(', ')})` : ''}`,
      );
    }
    for (const p of doc.paragraphs) {
      const number =
        p.number === undefined ? say(V.unnumbered) : doc.kind === 'agenda' ? `${p.number}.` : `§ ${p.number}`;
      out.push(
        `  ${number} ${p.title ?? say(V.untitled)}${p.caseNumber ? ` (${p.caseNumber})` : ''}${p.page ? `, ${say(V.page(p.page))}` : ''}`,
      );
      for (const d of p.decisions) out.push(`      ${say(V.decision(words.outcome[d.outcome]))}: ${d.text}`);
      for (const pr of p.proposals ?? [])
        out.push(`      ${say(V.proposal)}${pr.point ? ` ${pr.point}` : ''}: ${pr.text.split('\n')[0]}`);
      for (const a of p.assignments)
        out.push(`      ${say(V.assignment)}: ${a.assignee} – ${a.task}${a.due ? ` (${say(V.due(a.due))})` : ''}`);
      for (const h of p.history)
        out.push(`      ${say(V.earlier)}: ${h.date ?? ''} § ${h.paragraph ?? '?'} ${h.title ?? ''}`.trimEnd());
    }
    for (const s of doc.schedules) {
      out.push(
        `  ${say(V.schedule(s.year))} (${words.scheduleStatus[s.status]}): ${s.meetings.map((m) => m.date).join(', ')}`,
      );
    }
    if (doc.nextMeeting?.date)
      out.push(
        `  ${say(V.nextMeeting)}: ${day(doc.nextMeeting.date)}${doc.nextMeeting.location ? `, ${doc.nextMeeting.location}` : ''}`,
      );
    if (doc.adjustment?.deadline)
      out.push(`  ${say(V.adjustBy)}: ${day(doc.adjustment.deadline)}${at(doc.adjustment.deadlineTime, undefined)}`);
    if (doc.adjustment?.date)
      out.push(
        `  ${say(V.adjustment)}: ${day(doc.adjustment.date)}${doc.adjustment.place ? `, ${doc.adjustment.place}` : ''}`,
      );
    for (const a of doc.attachments) out.push(`  ${say(V.attachment)}: ${a.title}`);
  }
  for (const d of doc.diagnostics) out.push(formatDiagnostic(d, lang));
  return `${out.join('\n')}\n`;
}

/** A schedule page: each body's year, one meeting a line with its time, place, note and status. */
function renderSchedules(doc: ParsedDocument, lang: Lang): string[] {
  const say = sayIn(lang);
  const words = WORDS[lang];
  const out: string[] = [];
  for (const s of doc.schedules) {
    const whose = s.body ?? (doc.body.name ? '' : say(V.scheduleBodyUnknown));
    out.push(`  ${say(V.schedule(s.year))}${whose ? `, ${whose}` : ''} (${words.scheduleStatus[s.status]})`);
    for (const m of s.meetings) {
      const time = m.start ? ` ${say(V.at)} ${m.start}${m.end ? `–${m.end}` : ''}` : '';
      const facts = [m.location, m.note, m.status !== 'planned' ? words.meetingStatus[m.status] : '']
        .filter(Boolean)
        .join(', ');
      const date = lang === 'sv' ? formatSwedishDate(m.date) : formatEnglishDate(m.date);
      out.push(`    ${date}${time}${facts ? ` (${facts})` : ''}`);
    }
  }
  return out;
}

/** `sammantrade parse FILE… [--date D] [--json]`: what the importer reads out of documents. */
export function registerParse(program: Command, { io, done, lang, say }: CommandContext): void {
  const W = CLI_WORDS.parse;
  const command = program
    .command('parse')
    .description(say(W.description))
    .argument('<file...>', say(W.files))
    .option('--date <YYYY-MM-DD>', say(W.date))
    .option('--json', say(W.json));
  limitOptions(command, say).action(async (files: string[], flags: { date?: string; json?: boolean } & LimitFlags) => {
    const date = dateOption(flags.date, say);
    const limits = limitsOption(flags, say);
    let failed = false;
    const docs: ParsedDocument[] = [];
    for (const file of files) {
      let read: DocumentFile;
      try {
        read = await readDocumentFile(file, { limits });
      } catch (error) {
        if (!isSammantradeError(error)) throw error;
        io.err(`sammantrade: ${errorMessage(error, lang)}\n`);
        failed = true;
        continue;
      }
      const doc = parseRead(read, date);
      if (doc.diagnostics.some((d) => d.severity === 'error')) failed = true;
      if (flags.json) docs.push(doc);
      else
        io.out(
          `${files.length > 1 ? `${escapeControlChars(file)}\n` : ''}${renderDocument(doc, lang)}${files.length > 1 ? '\n' : ''}`,
        );
    }
    if (flags.json && (docs.length > 0 || files.length > 1)) {
      io.out(`${JSON.stringify(files.length === 1 ? docs[0] : docs, null, 2)}\n`);
    }
    done(failed ? EXIT.problems : EXIT.ok);
  });
}
