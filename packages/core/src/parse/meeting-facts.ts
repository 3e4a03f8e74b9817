import type { Diagnostic } from '../model/diagnostic.js';
import type { Adjustment, NextMeeting } from '../model/meeting.js';
import type { Role } from '../model/participant.js';
import { adjustmentFromSentences, adjustmentFromValue } from './adjustment.js';
import { resolveDate } from './dates.js';
import type { ParsedDocument, ParsedParagraph, ParseOptions } from './document.js';
import { type LabelBlock, readWhenWhere } from './header.js';
import { enrichNextMeeting, nextMeetingFromSentences, nextMeetingFromValue } from './next-meeting.js';
import {
  isPersonName,
  mergeParticipant,
  type ParticipantDraft,
  parseParticipantLine,
  parseSignatories,
} from './participants.js';
import { checkWeekday, weekdayRuleOf } from './schedule.js';

/**
 * The facts of a meeting that `parseDocument` gathers from the head and from all paragraphs together:
 * when and where, who took part and in what role, the next meeting, the adjustment and the rules the
 * record states.
 */

/** The date, times and place from the head; the date from `options.date` when the text has none. */
export function readWhen(
  doc: ParsedDocument,
  blocks: readonly LabelBlock[],
  options: ParseOptions,
  diagnostics: Diagnostic[],
): void {
  const whenBlocks = blocks.filter(
    (b) => b.key === 'time-place' || b.key === 'time' || b.key === 'place' || b.key === 'date',
  );
  let dateLine: number | undefined;
  for (const b of whenBlocks) {
    const value = b.values.map((v) => v.text).join(' ');
    const when = readWhenWhere(value, b.key === 'time-place' || b.key === 'place');
    if (when.date && !doc.date) {
      dateLine = b.no;
      const resolved = resolveDate(
        when.date,
        options.date && /^\d{4}/.test(options.date) ? { year: Number(options.date.slice(0, 4)) } : {},
      );
      if (resolved && !resolved.startsWith('--') && (when.date.year !== undefined || resolved === options.date))
        doc.date = resolved;
      else
        diagnostics.push({
          severity: 'warning',
          message: `the meeting's date is written without a year (${value.trim()})`,
          line: b.no,
        });
      if (doc.date && when.date.weekday) checkWeekday(doc.date, when.date.weekday, b.no, '', diagnostics);
    }
    if (when.start && !doc.start) doc.start = when.start;
    if (when.end && !doc.end) doc.end = when.end;
    if (when.location && !doc.location) doc.location = when.location;
    if (when.attendance && !doc.attendance) doc.attendance = when.attendance;
  }
  if (doc.start && doc.end && doc.start >= doc.end) {
    diagnostics.push({
      severity: 'warning',
      message: `the meeting ends (${doc.end}) before it starts (${doc.start}); the end is left out`,
      line: whenBlocks[0]?.no ?? 1,
    });
    delete doc.end;
  }
  if (options.date) {
    if (doc.date && doc.date !== options.date) {
      diagnostics.push({
        severity: 'warning',
        message: `the document states ${doc.date}, not ${options.date} as given; keeping the stated date`,
        line: dateLine ?? 1,
      });
    } else if (!doc.date) {
      doc.date = options.date;
      diagnostics.push({
        severity: 'info',
        message: `the meeting's date ${options.date} comes from the options, not the text`,
      });
    }
  } else if (!doc.date && doc.kind !== 'unknown') {
    diagnostics.push({
      severity: 'warning',
      message: "the document does not state the meeting's date; give it with --date YYYY-MM-DD",
      line: whenBlocks[0]?.no ?? 1,
    });
  }
}

/**
 * The next meeting: from the head ("Nästa möte: …"), else from a paragraph titled "Nästa möte", else from
 * any sentence announcing it; then what other sentences add ("via Teams").
 */
export function readNextMeeting(
  doc: ParsedDocument,
  blocks: readonly LabelBlock[],
  sentencesOfParagraph: ReadonlyMap<ParsedParagraph, readonly { text: string; no: number }[]>,
  sentences: readonly { text: string; no: number }[],
  meetingDate: string | undefined,
  diagnostics: Diagnostic[],
): void {
  const context = { ...(meetingDate ? { meetingDate } : {}), diagnostics };
  const block = blocks.find((b) => b.key === 'next');
  let next: NextMeeting | undefined = block
    ? nextMeetingFromValue(block.values.map((v) => v.text).join(' '), block.no, context)
    : undefined;
  if (!next) {
    const titled = doc.paragraphs.filter((p) => /nästa\s+(?:möte|sammanträde|träff)/iu.test(p.title ?? ''));
    const own = titled.flatMap((p) => sentencesOfParagraph.get(p) ?? []);
    next = (nextMeetingFromSentences(own, context) ?? nextMeetingFromSentences(sentences, context))?.next;
  }
  if (next) {
    enrichNextMeeting(next, sentences);
    doc.nextMeeting = next;
  }
}

/**
 * The adjustment (its time and place from the head, its deadline from the text, the signatories for
 * minutes) and the rules the text states: adjustment within N days, meeting weekdays, places.
 */
export function readAdjustment(
  doc: ParsedDocument,
  blocks: readonly LabelBlock[],
  people: readonly ParticipantDraft[],
  sentences: readonly { text: string; no: number }[],
  meetingDate: string | undefined,
  diagnostics: Diagnostic[],
): void {
  const adjustment: Adjustment = { signatories: [] };
  const block = blocks.find((b) => b.key === 'adjustment');
  if (block)
    Object.assign(
      adjustment,
      adjustmentFromValue(block.values.map((v) => v.text).join(' '), block.no, meetingDate, diagnostics),
    );
  const stated = adjustmentFromSentences(sentences, meetingDate, diagnostics);
  if (stated.deadline) adjustment.deadline = stated.deadline;
  if (stated.deadlineTime) adjustment.deadlineTime = stated.deadlineTime;
  if (doc.kind === 'minutes') {
    for (const role of ['chair', 'adjuster', 'secretary'] as const) {
      for (const p of people)
        if (p.roles.includes(role) && !adjustment.signatories.includes(p.name)) adjustment.signatories.push(p.name);
    }
  }
  if (adjustment.date || adjustment.place || adjustment.deadline || adjustment.signatories.length > 0)
    doc.adjustment = adjustment;
  const rules: NonNullable<ParsedDocument['rules']> = {};
  if (stated.withinDays !== undefined) rules.adjustmentWithinDays = stated.withinDays;
  for (const s of sentences) {
    const t = s.text;
    if (!t.includes('dagar') && !t.includes('vartannat') && !t.includes('varannan') && !t.includes('växelvis'))
      continue;
    if (!rules.weekdays) {
      const days = weekdayRuleOf(s.text);
      if (days && /ska|skall|sker|hålls|äger\s+rum|förläggs/iu.test(s.text)) rules.weekdays = days;
    }
    if (!rules.place && /vartannat\s+möte|varannan\s+gång|växelvis/iu.test(s.text)) rules.place = s.text;
  }
  if (Object.keys(rules).length > 0) doc.rules = rules;
}

/** Everyone the head names, with their roles, plus signature lines, "Justeras av" and "X utsågs att justera". */
export function readPeople(
  blocks: readonly LabelBlock[],
  signatures: ReadonlyMap<number, { name: string; role: Role }>,
  sentences: readonly { text: string }[],
  diagnostics: Diagnostic[],
): ParticipantDraft[] {
  const people: ParticipantDraft[] = [];
  const listsMembers = blocks.some((b) => b.key === 'people' && b.roles?.includes('member'));
  for (const b of blocks) {
    if (b.key === 'people' && b.roles) {
      // A nämnd's chair, listed apart above its members, is one of them.
      const roles: Role[] = b.roles.includes('chair') && listsMembers ? ['chair', 'member'] : b.roles;
      for (const v of b.values) {
        if (v.text.length > 5000) {
          diagnostics.push({
            severity: 'warning',
            message: 'a participant line over 5000 characters is skipped',
            line: v.no,
          });
          continue;
        }
        for (const p of parseParticipantLine(v.text, roles, v.no, diagnostics)) mergeParticipant(people, p);
      }
    } else if (b.key === 'signatories') {
      for (const s of parseSignatories(b.values.map((v) => v.text).join(' ')))
        mergeParticipant(people, { name: s.name, roles: [s.role], line: b.no });
    }
  }
  for (const s of signatures.values()) mergeParticipant(people, { name: s.name, roles: [s.role] });
  for (const s of sentences) {
    // "X utsågs att justera": every such sentence has "justera" in it.
    if (!s.text.includes('justera')) continue;
    const m =
      /^(.+?)\s+(?:utsågs|utses|valdes|väljs)\s+(?:att|till att)\s+(?:tillsammans med ordföranden?\s+)?justera/iu.exec(
        s.text.replace(/^[a-z]\)\s+/u, ''),
      );
    if (m?.[1] && isPersonName(m[1].trim())) mergeParticipant(people, { name: m[1].trim(), roles: ['adjuster'] });
  }
  return people;
}
