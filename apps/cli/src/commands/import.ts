import { access, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import {
  type Diagnostic,
  formatDiagnostic,
  type ImportRecords,
  isSammantradeError,
  recordPath,
  escapeControlChars as shown,
  toRecords,
} from '@sammantrade/core';
import { saveRecord, writeFileAtomic } from '@sammantrade/core/node';
import { DOCUMENT_EXTENSIONS, type ReadFormat } from '@sammantrade/core/read';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';
import { dateOption, type LimitFlags, limitOptions, limitsOption, parseRead, readDocument } from './parse.js';

interface Flags extends LimitFlags {
  into?: string;
  date?: string;
  body?: string;
  force?: boolean;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A progress bar on stderr, for a terminal and many files; nothing otherwise. */
function progress(io: Io, total: number) {
  const shown = io.isTty && total >= 5;
  const terminal = (text: string) => (io.progress ?? io.err)(text);
  const draw = (done: number) => {
    if (!shown) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    terminal(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    draw,
    /** Clears the bar so a line can be printed, then draws it again after. */
    print(write: () => void, done: number) {
      if (shown) terminal('\r\x1b[K');
      write();
      draw(done);
    },
    end() {
      if (shown) terminal('\r\x1b[K');
    },
  };
}

/**
 * The documents to import: files as given, and for a folder the documents in it and its subfolders
 * (PDF, Word, text and markdown files, sorted; hidden files and folders left out).
 */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir) await walk(path);
    else files.push(path);
  }
  return files;
}

const EXTENSION: Readonly<Record<ReadFormat, string>> = { pdf: '.pdf', docx: '.docx', text: '.txt', markdown: '.md' };

/** Where each record of an import goes, relative to the archive, and the source file beside the meeting. */
function plan(
  records: ImportRecords,
  file: string,
  format: ReadFormat,
): { writes: [string, 'meeting' | 'schedule' | 'programme', unknown][]; source?: string } {
  const writes: [string, 'meeting' | 'schedule' | 'programme', unknown][] = [];
  const given = extname(file).toLowerCase();
  const ext =
    format === 'text' || format === 'markdown' ? (['.txt', '.md'].includes(given) ? given : '.txt') : EXTENSION[format];
  let source: string | undefined;
  if (records.meeting) {
    writes.push([recordPath('meeting', records.meeting), 'meeting', records.meeting]);
    source = `meetings/${records.meeting.body}/${records.meeting.id}${ext}`;
  }
  for (const s of records.schedules) writes.push([recordPath('schedule', s), 'schedule', s]);
  // A schedule page is kept beside its first schedule.
  const page = !records.meeting && !records.programme ? records.schedules[0] : undefined;
  if (page) source = `schedules/${page.body}/${page.year}${ext}`;
  if (records.programme) {
    writes.push([recordPath('programme', records.programme), 'programme', records.programme]);
    source = `programmes/${records.programme.id}${ext}`;
  }
  return { writes, ...(source ? { source } : {}) };
}

function summary(records: ImportRecords, written: string[], warnings: number): string {
  const m = records.meeting;
  const what = m
    ? `${m.kind === 'minutes' ? 'minutes' : 'agenda'} of ${records.body?.name} ${m.date ?? '(no date)'}, ${m.paragraphs.length} ${m.kind === 'minutes' ? '§' : 'items'}, ${m.participants.length} people`
    : records.programme
      ? `programme "${records.programme.title}", ${records.programme.areas.length} areas`
      : records.schedules.length > 0
        ? `schedule page of ${(records.bodies ?? []).map((b) => b.name).join(', ')}`
        : 'nothing';
  const schedules = records.schedules.length > 0 ? `, schedule ${records.schedules.map((s) => s.year).join(', ')}` : '';
  return `${what}${schedules} → ${written.join(', ')}; ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/**
 * `sammantrade import FILE… --into ARCHIVE`: parses documents and writes their records into the archive,
 * with each original beside its record. An existing record is never replaced without `--force`.
 */
export function registerImport(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('import')
    .description('parse documents and write their records (body, meeting, schedules, programme) into an archive')
    .argument('<file...>', 'documents (PDF, Word .docx, UTF-8 text; at most 20 MB each) or folders of them')
    .option('--into <archive>', 'the archive folder to write into (required)')
    .option('--date <YYYY-MM-DD>', "the meeting's date when a document does not state it")
    .option('--body <name>', 'the body to file the records under, when a document does not name it')
    .option('--force', 'replace records that already exist');
  limitOptions(command).action(async (paths: string[], flags: Flags) => {
    if (!flags.into) throw new UsageError('import needs --into ARCHIVE');
    const limits = limitsOption(flags);
    const files = await expand(paths);
    if (files.length === 0) {
      io.err(`sammantrade: no documents (.pdf, .docx, .txt, .md) in ${paths.map(shown).join(', ')}\n`);
      done(EXIT.problems);
      return;
    }
    const archive = flags.into;
    const date = dateOption(flags.date);
    const bar = progress(io, files.length);
    let failed = 0;
    bar.draw(0);
    for (const [index, file] of files.entries()) {
      const fail = (message: string) => {
        failed++;
        bar.print(() => io.err(`sammantrade: ${message}\n`), index + 1);
      };
      const read = await readDocument(file, limits);
      if (read.error !== undefined) {
        fail(read.error);
        continue;
      }
      const doc = parseRead(read, date);
      const format = read.format;
      // The file's name names an undated meeting; the source's place in the archive is set below.
      const records = toRecords(doc, {
        ...(flags.body ? { body: { name: flags.body } } : {}),
        format,
        sourceFile: basename(file),
      });
      const { writes, source } = plan(records, file, read.format);
      if (source && records.meeting)
        records.meeting.source = {
          ...records.meeting.source,
          file: source,
          diagnostics: records.meeting.source?.diagnostics ?? [],
        };
      if (source && !records.meeting && !records.programme)
        for (const s of records.schedules)
          s.source = { ...s.source, file: source, diagnostics: s.source?.diagnostics ?? [] };
      const errors = [...doc.diagnostics, ...records.diagnostics].filter((d) => d.severity === 'error');
      if (errors.length > 0 || !records.body || writes.length === 0) {
        fail(`${shown(file)}: not imported: ${errors[0]?.message ?? 'nothing to import'}`);
        continue;
      }
      // Check every target before writing any, so a refusal leaves the archive as it was.
      const targets = [...writes.map(([rel]) => rel), ...(source ? [source] : [])];
      const taken = [];
      for (const rel of targets) if (await exists(join(archive, rel))) taken.push(rel);
      if (taken.length > 0 && !flags.force) {
        fail(
          `${shown(file)}: not imported: ${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''} in ${shown(archive)} (use --force to replace)`,
        );
        continue;
      }
      try {
        const written: string[] = [];
        for (const body of records.bodies ?? [records.body]) {
          const bodyPath = recordPath('body', body);
          if (flags.force || !(await exists(join(archive, bodyPath)))) {
            await saveRecord(archive, 'body', body, { overwrite: Boolean(flags.force) });
            written.push(bodyPath);
          }
        }
        // The original as it was, byte for byte.
        if (source) await writeFileAtomic(join(archive, source), read.bytes, { overwrite: Boolean(flags.force) });
        for (const [rel, kind, record] of writes) {
          await saveRecord(archive, kind, record, { overwrite: Boolean(flags.force) });
          written.push(rel);
        }
        const warnings: Diagnostic[] = [...doc.diagnostics, ...records.diagnostics].filter(
          (d) => d.severity === 'warning',
        );
        bar.print(() => {
          io.out(`${shown(basename(file))}: ${summary(records, written, warnings.length)}\n`);
          for (const w of warnings) io.out(`  ${formatDiagnostic({ ...w, file: w.file ?? file })}\n`);
        }, index + 1);
      } catch (error) {
        if (!isSammantradeError(error)) throw error;
        fail(`${shown(file)}: not imported: ${error.message}`);
      }
    }
    bar.end();
    if (files.length > 1)
      io.out(`${files.length - failed} of ${files.length} documents imported into ${shown(archive)}\n`);
    done(failed > 0 ? EXIT.problems : EXIT.ok);
  });
}
