import {
  type ArchiveSummary,
  CLI_WORDS,
  followUpText,
  formatSwedishDate,
  isIsoDate,
  stockholmDate,
  summarizeArchive,
  WORDS,
} from '@sammantrade/core';
import { loadArchiveAt } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type CommandContext, EXIT } from '../io.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The summary as text for a terminal, in Swedish like the records. */
export function renderSummary(summary: ArchiveSummary): string {
  const lines: string[] = [];
  for (const body of summary.bodies) {
    lines.push(`${body.name} (${body.id})`);
    for (const y of body.years) {
      const parts = [
        y.minutes ? count(y.minutes, 'protokoll', 'protokoll') : '',
        y.agendas ? count(y.agendas, 'kallelse', 'kallelser') : '',
      ];
      lines.push(`  ${y.year}: ${parts.filter(Boolean).join(', ')}`);
    }
    if (body.undated) lines.push(`  utan datum: ${count(body.undated, 'handling', 'handlingar')}`);
    for (const s of body.schedules) {
      lines.push(
        `  sammanträdesplan ${s.year}: ${count(s.meetings, 'möte', 'möten')} (${WORDS.sv.scheduleStatus[s.status]})`,
      );
    }
    if (body.programmes) lines.push(`  utvecklingsprogram: ${body.programmes}`);
    if (!body.years.length && !body.undated && !body.schedules.length) lines.push('  inga möten');
  }
  lines.push('');
  lines.push(
    `Totalt: ${count(summary.meetings, 'möte', 'möten')}, ${count(summary.paragraphs, 'paragraf', 'paragrafer')}, ${count(summary.decisions, 'beslut', 'beslut')}`,
  );
  lines.push('');
  lines.push(`Öppna uppdrag (${summary.openAssignments.length})`);
  for (const a of summary.openAssignments) {
    const { body, meeting, paragraph, assignment } = a;
    const due = assignment.due
      ? `${formatSwedishDate(assignment.due, { weekday: false })}${assignment.due.startsWith('--') ? ' (år okänt)' : ''}`
      : 'inget datum';
    const where = `${body.name}${meeting.date ? ` ${meeting.date}` : ''} § ${paragraph.number}`;
    lines.push(
      `  ${due.padEnd(24)} ${WORDS.sv.assignmentState[a.state].padEnd(11)} ${clip(assignment.assignee, 30).padEnd(30)} ${clip(assignment.task, 60)}  [${where}]`,
    );
    const note = a.possiblyIn ? followUpText(a) : undefined;
    if (note) lines.push(`  ${''.padEnd(36)}återrapportering: ${note.sv}`);
  }
  if (summary.openAssignments.length === 0) lines.push('  inga');
  return `${lines.join('\n')}\n`;
}

/** `sammantrade show ARCHIVE`: bodies, meetings per year and the open assignments. */
export function registerShow(program: Command, { io, done, say }: CommandContext): void {
  program
    .command('show')
    .description(say(CLI_WORDS.show.description))
    .argument('<archive>', say(CLI_WORDS.archiveOrDatabase))
    .option('--json', say(CLI_WORDS.show.json))
    .option('--today <date>', say(CLI_WORDS.show.today))
    .action(async (dir: string, options: { json?: boolean; today?: string }) => {
      if (options.today !== undefined && !isIsoDate(options.today))
        throw new UsageError(say(CLI_WORDS.notDate('today', options.today)));
      const summary = summarizeArchive(await loadArchiveAt(dir), options.today ?? stockholmDate(new Date()));
      if (options.json) {
        const plain = {
          ...summary,
          openAssignments: summary.openAssignments.map((a) => ({
            body: a.body.id,
            meeting: a.meeting.id,
            date: a.meeting.date ?? null,
            paragraph: a.paragraph.number,
            ...a.assignment,
            state: a.state,
            possiblyReportedIn: a.possiblyIn ? (followUpText(a)?.sv ?? null) : null,
          })),
        };
        io.out(`${JSON.stringify(plain, null, 2)}\n`);
      } else {
        io.out(renderSummary(summary));
      }
      done(EXIT.ok);
    });
}
