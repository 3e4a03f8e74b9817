import { readFile, stat } from 'node:fs/promises';
import {
  type Diagnostic,
  formatDiagnostic,
  formatSwedishDate,
  isIsoDate,
  isSammantradeError,
  MAX_DOCUMENT_BYTES,
  type ParsedDocument,
  parseDocument,
  SWEDISH_LABELS,
} from '@sammantrade/core';
import { type ReadFormat, readDocument as readBytes } from '@sammantrade/core/read';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';

/** A document read from disk (PDF, Word or text) as text, or the one-line reason it could not be. */
export type ReadResult =
  | {
      file: string;
      text: string;
      bytes: Uint8Array;
      format: ReadFormat;
      pages?: number[];
      diagnostics: Diagnostic[];
      error?: undefined;
    }
  | { file: string; text?: undefined; error: string };

/**
 * Reads a document for `parse` and `import`: refuses folders and files over 20 MB, then lets core read
 * the bytes by their content (PDF, Word, UTF-8 text), each refusal one line naming the file.
 */
export async function readDocument(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { file, error: `${file}: is a folder, not a document` };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, error: `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`}` };
  }
  if (size > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { file, error: `${file}: too large (${mb(size)}; the limit is ${mb(MAX_DOCUMENT_BYTES)})` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    const read = await readBytes(bytes, { file });
    return { file, bytes, ...read };
  } catch (error) {
    if (isSammantradeError(error)) return { file, error: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { file, error: `${file}: cannot be read (${message.split('\n')[0]})` };
  }
}

/** Parses what {@link readDocument} read, with the page of each line for a PDF. */
export function parseRead(read: Extract<ReadResult, { text: string }>, date?: string): ParsedDocument {
  const doc = parseDocument(read.text, {
    file: read.file,
    ...(date ? { date } : {}),
    ...(read.pages ? { pages: read.pages } : {}),
  });
  doc.diagnostics.unshift(...read.diagnostics);
  return doc;
}

/** The `--date` option, checked: a real date or a usage error. */
export function dateOption(value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--date ${value}: not a date (use YYYY-MM-DD)`);
  return value;
}

const KINDS: Readonly<Record<ParsedDocument['kind'], string>> = {
  minutes: 'protokoll',
  agenda: 'kallelse',
  extract: 'protokollsutdrag',
  schedule: 'sammanträdesplan',
  programme: 'program',
  unknown: 'okänd handling',
};
const ROLES: Readonly<Record<string, string>> = SWEDISH_LABELS.role;
const day = (d: string | undefined) => (d ? formatSwedishDate(d) : 'datum saknas');

/** A parsed document as text for a terminal, in Swedish like the records. */
export function renderDocument(doc: ParsedDocument): string {
  const out: string[] = [];
  const name = doc.body.name ?? doc.title ?? '(organ saknas)';
  out.push(`${KINDS[doc.kind]}: ${name}${doc.body.orgNumber ? ` (${doc.body.orgNumber})` : ''}`);
  if (doc.title && doc.title !== name) out.push(`  ${doc.title}`);
  if (doc.kind === 'programme') {
    out.push(`  ${day(doc.date)}${doc.author ? `, ${doc.author}${doc.authorDate ? ` ${doc.authorDate}` : ''}` : ''}`);
    for (const area of doc.areas) {
      out.push(`  ${area.name}`);
      for (const item of area.items)
        out.push(
          `    ${item.status ? `[${item.status}] ` : ''}${item.name}${item.responsible ? ` – ${item.responsible}` : ''}`,
        );
    }
  } else {
    const time = doc.start ? ` kl ${doc.start}${doc.end ? `–${doc.end}` : ''}` : '';
    const where = [doc.location, doc.attendance && doc.attendance !== 'in-person' ? doc.attendance : '']
      .filter(Boolean)
      .join(', ');
    out.push(`  ${day(doc.date)}${time}${where ? `, ${where}` : ''}`);
    if (doc.paragraphRange) out.push(`  §§ ${doc.paragraphRange.from}–${doc.paragraphRange.to}`);
    if (doc.participants.length > 0) out.push(`  Deltagare (${doc.participants.length})`);
    for (const p of doc.participants) {
      const facts = [
        p.party,
        p.municipality ?? p.organisation,
        p.title,
        p.substituteFor ? `ersättare för ${p.substituteFor}` : '',
        p.note,
      ];
      out.push(
        `    ${p.name} – ${p.roles.map((r) => ROLES[r] ?? r).join(', ')}${facts.some(Boolean) ? ` (${facts.filter(Boolean).join(', ')})` : ''}`,
      );
    }
    for (const p of doc.paragraphs) {
      out.push(
        `  ${p.number === undefined ? '(utan nummer)' : doc.kind === 'agenda' ? `${p.number}.` : `§ ${p.number}`} ${p.title ?? '(rubrik oklar)'}${p.caseNumber ? ` (${p.caseNumber})` : ''}${p.page ? `, s. ${p.page}` : ''}`,
      );
      for (const d of p.decisions) out.push(`      beslut (${d.outcome}): ${d.text}`);
      for (const pr of p.proposals ?? [])
        out.push(`      förslag${pr.point ? ` ${pr.point}` : ''}: ${pr.text.split('\n')[0]}`);
      for (const a of p.assignments)
        out.push(`      uppdrag: ${a.assignee} – ${a.task}${a.due ? ` (senast ${a.due})` : ''}`);
      for (const h of p.history)
        out.push(`      tidigare: ${h.date ?? ''} § ${h.paragraph ?? '?'} ${h.title ?? ''}`.trimEnd());
    }
    for (const s of doc.schedules) {
      out.push(
        `  Sammanträdesplan ${s.year} (${s.status === 'decided' ? 'beslutad' : 'förslag'}): ${s.meetings.map((m) => m.date).join(', ')}`,
      );
    }
    if (doc.nextMeeting?.date)
      out.push(
        `  Nästa möte: ${day(doc.nextMeeting.date)}${doc.nextMeeting.location ? `, ${doc.nextMeeting.location}` : ''}`,
      );
    if (doc.adjustment?.deadline)
      out.push(
        `  Justeras senast: ${day(doc.adjustment.deadline)}${doc.adjustment.deadlineTime ? ` kl ${doc.adjustment.deadlineTime}` : ''}`,
      );
    if (doc.adjustment?.date)
      out.push(`  Justering: ${day(doc.adjustment.date)}${doc.adjustment.place ? `, ${doc.adjustment.place}` : ''}`);
    for (const a of doc.attachments) out.push(`  Bilaga: ${a.title}`);
  }
  for (const d of doc.diagnostics) out.push(formatDiagnostic(d));
  return `${out.join('\n')}\n`;
}

/** `sammantrade parse FILE… [--date D] [--json]`: what the importer reads out of documents. */
export function registerParse(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('parse')
    .description('read minutes, agendas or programmes (PDF, Word .docx, text) and print what they say')
    .argument('<file...>', 'documents: PDF, Word .docx or UTF-8 text, at most 20 MB each')
    .option('--date <YYYY-MM-DD>', "the meeting's date when the document does not state it")
    .option('--json', 'print JSON: one object for one file, an array for several')
    .action(async (files: string[], flags: { date?: string; json?: boolean }) => {
      const date = dateOption(flags.date);
      let failed = false;
      const docs: ParsedDocument[] = [];
      for (const file of files) {
        const read = await readDocument(file);
        if (read.error !== undefined) {
          io.err(`sammantrade: ${read.error}\n`);
          failed = true;
          continue;
        }
        const doc = parseRead(read, date);
        if (doc.diagnostics.some((d) => d.severity === 'error')) failed = true;
        if (flags.json) docs.push(doc);
        else io.out(`${files.length > 1 ? `${file}\n` : ''}${renderDocument(doc)}${files.length > 1 ? '\n' : ''}`);
      }
      if (flags.json && (docs.length > 0 || files.length > 1)) {
        io.out(`${JSON.stringify(files.length === 1 ? docs[0] : docs, null, 2)}\n`);
      }
      done(failed ? EXIT.problems : EXIT.ok);
    });
}
