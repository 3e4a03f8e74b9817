import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Adjustment, NextMeeting } from '../model/meeting.js';
import type { Role } from '../model/participant.js';
import { adjustmentFromSentences, adjustmentFromValue } from './adjustment.js';
import { isWholeBodyName } from './body-name.js';
import { type DateMention, findDates, resolveDate, WEEKDAY_NAMES_SOURCE } from './dates.js';
import type { ParsedDocument, ParsedParagraph, ParseOptions } from './document.js';
import { type LabelBlock, readProseWhenWhere, readWhenWhere, type WhenWhere } from './header.js';
import { enrichNextMeeting, nextMeetingFromSentences, nextMeetingFromValue } from './next-meeting.js';
import { isPersonName, mergeParticipant, type ParticipantDraft, parseSignatories } from './participants.js';
import { readColumns } from './people-columns.js';
import { assignGroups, type ListedPerson, readPeopleList, rolePhrase } from './people-list.js';
import { checkWeekday, weekdayRuleOf } from './schedule.js';

/**
 * The facts of a meeting that `parseDocument` gathers from the head and from all paragraphs together:
 * when and where, who took part and in what role, the next meeting, the adjustment and the rules the
 * record states.
 */

/** A "Datum" label alone: the document's date as often as the meeting's ("Sammanträdesdatum" is the meeting's). */
const BARE_DATE_LABEL = /^datum:?$/iu;

const sameDay = (a: DateMention, b: DateMention) =>
  a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);

/** The date, times and place from the head; the date from `options.date` when the text has none. */
export function readWhen(
  doc: ParsedDocument,
  blocks: readonly LabelBlock[],
  options: ParseOptions,
  diagnostics: Diagnostic[],
  prose?: { text: string; no: number },
  fallback: readonly { text: string; no: number; place?: boolean }[] = [],
): void {
  const whenBlocks = blocks.filter(
    (b) => b.key === 'time-place' || b.key === 'time' || b.key === 'place' || b.key === 'date',
  );
  // Each labelled block's value is read once: for the sentence below (only when there is one) and for the
  // facts after it.
  const labelled = whenBlocks.length;
  const joinedOf = (b: LabelBlock) => b.values.map((v) => v.text).join(' ');
  const whenOf = (b: LabelBlock, value: string) => readWhenWhere(value, b.key === 'time-place' || b.key === 'place');
  const read: (WhenWhere | undefined)[] = [];
  const statedAt = (i: number): WhenWhere => {
    let when = read[i];
    if (when === undefined) {
      when = whenOf(whenBlocks[i] as LabelBlock, joinedOf(whenBlocks[i] as LabelBlock));
      read[i] = when;
    }
    return when;
  };
  // "Datum 2026-09-01 … Tid: Tisdag 8 september 2026 kl. 09.00": a bare "Datum" is the document's date (the
  // day an agenda is sent), the time's own date the meeting's. Only where the two differ is the order changed.
  const bare = whenBlocks.findIndex((b) => b.key === 'date' && BARE_DATE_LABEL.test(b.label));
  const bareDate = bare >= 0 ? statedAt(bare).date : undefined;
  const timed =
    bareDate === undefined
      ? -1
      : whenBlocks.findIndex(
          (b, i) =>
            i > bare &&
            (b.key === 'time' || b.key === 'time-place') &&
            statedAt(i).date !== undefined &&
            !sameDay(statedAt(i).date as DateMention, bareDate),
        );
  if (timed >= 0) {
    const [first] = whenBlocks.splice(bare, 1);
    const [firstRead] = read.splice(bare, 1);
    whenBlocks.splice(timed, 0, first as LabelBlock);
    read.splice(timed, 0, firstRead);
    diagnostics.push(
      diagnostic(
        'info',
        'date-is-document-date',
        { text: joinedOf(first as LabelBlock).slice(0, 40) },
        { line: (first as LabelBlock).no },
      ),
    );
  }
  // No labelled date or place: a sentence may say it ("… sammanträde fredagen den 21 februari 2003 i …").
  const w = prose ? readProseWhenWhere(prose.text) : undefined;
  if (prose && w) {
    const stated = whenBlocks.map((_, i) => statedAt(i));
    const hasDate = stated.some((x) => x.date);
    const hasPlace = stated.some((x) => x.location);
    const hasTime = stated.some((x) => x.start);
    const value = [
      w.date && !hasDate ? prose.text.slice(w.date.index, w.date.index + w.date.length) : '',
      w.start && !hasTime ? `kl ${w.start}${w.end ? `-${w.end}` : ''}` : '',
      w.location && !hasPlace ? w.location : '',
    ]
      .filter(Boolean)
      .join(', ');
    if (value)
      whenBlocks.push({
        key: w.location && !hasPlace ? 'time-place' : 'date',
        label: '',
        no: prose.no,
        values: [{ text: value, no: prose.no }],
      });
  }
  // Dates stated elsewhere (beside the body's name, in the notice block), after the labelled ones.
  // A line under the body's name that gives the time too may give the place ("2024-03-05 kl. 13.00, Kommunhuset").
  for (const f of fallback)
    whenBlocks.push({
      key: f.place ? 'time-place' : 'date',
      label: '',
      no: f.no,
      values: [{ text: f.text, no: f.no }],
    });
  let dateLine: number | undefined;
  for (const [i, b] of whenBlocks.entries()) {
    // "Klockan 15:30": a time field's bare time.
    const joined = joinedOf(b);
    const value = b.key === 'time' && /^\d{1,2}[.:]\d{2}/.test(joined) ? `kl ${joined}` : joined;
    const when = i < labelled && value === joined ? statedAt(i) : whenOf(b, value);
    if (when.date && !doc.date) {
      dateLine = b.no;
      const resolved = resolveDate(
        when.date,
        options.date && /^\d{4}/.test(options.date) ? { year: Number(options.date.slice(0, 4)) } : {},
      );
      if (resolved && !resolved.startsWith('--') && (when.date.year !== undefined || resolved === options.date))
        doc.date = resolved;
      else diagnostics.push(diagnostic('warning', 'date-without-year', { text: value.trim() }, { line: b.no }));
      if (doc.date && when.date.weekday) {
        doc.statedWeekday = when.date.weekday;
        checkWeekday(doc.date, when.date.weekday, b.no, {}, diagnostics);
      }
    }
    if (when.start && !doc.start) doc.start = when.start;
    if (when.end && !doc.end) doc.end = when.end;
    const location = when.location && !doc.location ? withoutBodyName(when.location, doc.body.name) : undefined;
    if (location) doc.location = location;
    if (when.attendance && !doc.attendance) doc.attendance = when.attendance;
  }
  if (doc.start && doc.end && doc.start >= doc.end) {
    const times = { start: doc.start, end: doc.end };
    diagnostics.push(diagnostic('warning', 'end-before-start', times, { line: whenBlocks[0]?.no ?? 1 }));
    delete doc.end;
  }
  if (options.date) {
    if (doc.date && doc.date !== options.date) {
      const dates = { stated: doc.date, given: options.date };
      diagnostics.push(diagnostic('warning', 'date-differs-from-given', dates, { line: dateLine ?? 1 }));
    } else if (!doc.date) {
      doc.date = options.date;
      diagnostics.push(diagnostic('info', 'date-from-given', { date: options.date }));
    }
  } else if (!doc.date && doc.kind !== 'unknown') {
    diagnostics.push(diagnostic('warning', 'no-date', {}, { line: whenBlocks[0]?.no ?? 1 }));
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
    // "4. Nästa möte" over "2026-12-07 kl. 09.00": the paragraph's first words are the date.
    const first = titled.length === 1 ? own[0] : undefined;
    const date = first ? findDates(first.text)[0] : undefined;
    if (!next && first && date && date.index === 0) next = nextMeetingFromValue(first.text, first.no, context);
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
  paragraphOf: (line: number) => number | undefined = () => undefined,
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
  if (doc.kind === 'minutes' || doc.kind === 'extract') {
    for (const role of ['chair', 'adjuster', 'secretary'] as const) {
      for (const p of people)
        if (p.roles.includes(role) && !adjustment.signatories.includes(p.name)) adjustment.signatories.push(p.name);
    }
  }
  if (adjustment.date || adjustment.place || adjustment.deadline || adjustment.signatories.length > 0)
    doc.adjustment = adjustment;
  const rules: NonNullable<ParsedDocument['rules']> = {};
  // Each rule with the § that states it, so a body's rule can say where and when it was decided.
  const where: NonNullable<NonNullable<ParsedDocument['rules']>['paragraphs']> = {};
  const at = (line: number | undefined, key: keyof typeof where) => {
    const n = line === undefined ? undefined : paragraphOf(line);
    if (n !== undefined) where[key] = n;
  };
  if (stated.withinDays !== undefined) {
    rules.adjustmentWithinDays = stated.withinDays;
    at(stated.ruleLine, 'adjustment');
  }
  for (const s of sentences) {
    const t = s.text;
    if (!t.includes('dagar') && !t.includes('vartannat') && !t.includes('varannan') && !t.includes('växelvis'))
      continue;
    if (!rules.weekdays) {
      const days = weekdayRuleOf(s.text);
      if (days && /ska|skall|sker|hålls|äger\s+rum|förläggs/iu.test(s.text)) {
        rules.weekdays = days;
        at(s.no, 'weekdays');
      }
    }
    if (!rules.place && /vartannat\s+möte|varannan\s+gång|växelvis/iu.test(s.text)) {
      rules.place = s.text;
      at(s.no, 'place');
    }
  }
  if (Object.keys(where).length > 0) rules.paragraphs = where;
  if (Object.keys(rules).length > 0) doc.rules = rules;
}

/** A role word before a list's first name: "Ordf. Anna Berg", "Sekreterare Maria Nord", "V. ordf. Per Ek". */
const LEADING_ROLE =
  /^((?:1:e\s+|2:e\s+|förste\s+|andre\s+)?(?:vice|v\.)\s*ordf(?:örande|\.)|ordf\.|ordförande|sekr\.|sekreterare)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu;

/**
 * The roles of the people group a signature-like line stands in ("Övriga närvarande / Åsa Berg / Henrik Lund,
 * sekreterare / Justerare"), by the line's number: a run of such lines right after the group's label or one of
 * its names, and right before another of its names or the next label, is a row of that group, not a
 * signature block. A run with anything else beside it (a heading, a blank line, the head's end) is left alone.
 */
function signatureGroupRoles(
  blocks: readonly LabelBlock[],
  signatures: ReadonlyMap<number, { no?: number }>,
): Map<number, Role[]> {
  const out = new Map<number, Role[]>();
  const sigNos = new Set<number>();
  for (const s of signatures.values()) if (s.no !== undefined) sigNos.add(s.no);
  if (sigNos.size === 0) return out;
  const listsMembers = blocks.some((b) => b.key === 'people' && b.roles?.includes('member'));
  blocks.forEach((b, k) => {
    if (b.key !== 'people' || !b.roles || b.groups || b.cells) return;
    const roles: Role[] = b.roles.includes('chair') && listsMembers ? ['chair', 'member'] : b.roles;
    const values = new Set(b.values.map((v) => v.no));
    const before = new Set([b.no, ...values]);
    const next = blocks[k + 1];
    for (const no of sigNos) {
      if (no <= b.no || (next && no >= next.no)) continue;
      let prev = no - 1;
      while (sigNos.has(prev)) prev--;
      let after = no + 1;
      while (sigNos.has(after)) after++;
      if (before.has(prev) && (values.has(after) || (next !== undefined && after === next.no))) out.set(no, roles);
    }
  });
  return out;
}

/** Everyone the head names, with their roles, plus signature lines, "Justeras av" and "X utsågs att justera". */
export function readPeople(
  blocks: readonly LabelBlock[],
  signed: readonly { name: string; roles: Role[]; no: number; party?: string }[],
  signatures: ReadonlyMap<number, { name: string; role: Role; no?: number }>,
  sentences: readonly { text: string }[],
  diagnostics: Diagnostic[],
  head?: readonly { text: string }[],
  tabled: readonly ListedPerson[] = [],
): ParticipantDraft[] {
  const people: ParticipantDraft[] = [];
  const groupRoles = signatureGroupRoles(blocks, signatures);
  const listsMembers = blocks.some((b) => b.key === 'people' && b.roles?.includes('member'));
  // The attendance tables' people, in their place among the lists (by line).
  let t = 0;
  const tablesUpTo = (no: number) => {
    for (; t < tabled.length && ((tabled[t] as ListedPerson).line ?? 0) < no; t++) {
      const { start: _s, end: _e, vacant: _v, ...p } = tabled[t] as ListedPerson;
      mergeParticipant(people, p);
    }
  };
  for (const b of blocks) {
    tablesUpTo(b.no);
    if (b.key === 'people' && b.roles) {
      // A nämnd's chair, listed apart above its members, is one of them.
      const roles: Role[] = b.roles.includes('chair') && listsMembers ? ['chair', 'member'] : b.roles;
      for (const v of b.values) {
        if (v.text.length > 5000) {
          diagnostics.push(diagnostic('warning', 'participant-line-too-long', {}, { line: v.no }));
          continue;
        }
        // Labels heading columns ("Ledamöter<TAB>Ersättare"): each column's people have its label's roles.
        // "Ordf. Anna Berg (S)": a role word before the list's first name (segment.ts leaves it in the list).
        const lead = b.groups ? null : LEADING_ROLE.exec(v.text);
        const text = lead ? v.text.slice(lead[0].length) : v.text;
        const listed =
          b.groups && b.cells
            ? readColumns(b.cells, b.groups, diagnostics)
            : readPeopleList(text, b.groups ? [] : roles, diagnostics, v.no).people;
        const first = listed[0];
        for (const role of (lead?.[1] && rolePhrase(lead[1])) || [])
          if (first && !first.roles.includes(role)) first.roles.push(role);
        if (b.groups && !b.cells) assignGroups(listed, b.groups, diagnostics, v.no);
        for (const { start: _s, end: _e, vacant, ...p } of listed) if (!vacant) mergeParticipant(people, p);
      }
    } else if (b.key === 'signatories') {
      for (const s of parseSignatories(b.values.map((v) => v.text).join(' ')))
        mergeParticipant(people, { name: s.name, roles: [s.role], line: b.no });
    }
  }
  tablesUpTo(Number.POSITIVE_INFINITY);
  for (const s of signed)
    mergeParticipant(people, { name: s.name, roles: [...s.roles], line: s.no, ...(s.party ? { party: s.party } : {}) });
  for (const s of signatures.values()) {
    const group = s.no === undefined ? undefined : groupRoles.get(s.no);
    mergeParticipant(people, { name: s.name, roles: group ? [...group, s.role] : [s.role] });
  }
  for (const s of [...(head ?? []), ...sentences]) {
    // "Sekreterare är Anna Berg", "Att jämte ordföranden justera protokollet valdes Per Ek".
    // Cheap tests first: this runs for every sentence of every paragraph.
    const t = s.text;
    if (!t.includes('ekreterare') && !t.includes('rdföranden') && !t.includes('justera')) continue;
    const secretary =
      /(?:^|[.!]\s+)[Ss]ekreterare\s+(?:är|var)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u.exec(s.text);
    if (secretary?.[1] && isPersonName(secretary[1]))
      mergeParticipant(people, { name: secretary[1], roles: ['secretary'] });
    // "Ordföranden Anna Berg (M) öppnade sammanträdet".
    const opened =
      /(?:^|[.!]\s+)[Oo]rdföranden\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:\s*\(\s*(\p{L}{1,4})\s*\))?\s+(?:öppnade|förklarade|hälsade)/u.exec(
        s.text,
      );
    if (opened?.[1] && isPersonName(opened[1]))
      mergeParticipant(people, {
        name: opened[1],
        roles: ['chair'],
        ...(opened[2] ? { party: opened[2].toUpperCase() } : {}),
      });
    const chosen =
      /justera\s+[^.]{0,80}?(?:valdes|utsågs|utses|väljs)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}?)(?=[.,]|\s+(?:och|samt|\d)|$)/u.exec(
        s.text,
      );
    if (chosen?.[1] && isPersonName(chosen[1])) mergeParticipant(people, { name: chosen[1], roles: ['adjuster'] });
    // "X utsågs att justera": every such sentence has "justera" in it.
    if (!s.text.includes('justera')) continue;
    // The verb in lower case: a capital "Utses att justera" after a name starts the next label, as in a
    // flattened head ("Sekr. Petra Lund Utses att justera: Karin Ny"), and does not say the name before it.
    const m =
      /^(.+?)\s+(?:utsågs|utses|valdes|väljs)\s+(?:att|till att)\s+(?:(?:tillsammans med|jämte)\s+ordföranden?\s+)?justera/u.exec(
        s.text.replace(/^[a-z]\)\s+/u, ''),
      );
    if (m?.[1] && isPersonName(m[1].trim())) mergeParticipant(people, { name: m[1].trim(), roles: ['adjuster'] });
    // The same at the end of a head whose lines ran together ("… Kim Ås (C) Bo Lind utses att … justera"): the
    // name right before the verb.
    const verb = t.includes('utse') || t.includes('utsåg') || t.includes('valdes') || t.includes('väljs');
    const near = !verb || (m?.[1] && isPersonName(m[1].trim())) ? null : NAMED_BEFORE_VERB.exec(s.text);
    if (near?.[1] && isPersonName(near[1])) mergeParticipant(people, { name: near[1], roles: ['adjuster'] });
    // "Till justerare utsågs Bo Lind", "Protokollet justeras av Anna Ek och Bo Lind": the names the sentence
    // gives, the chair among them no adjuster.
    const named = t.includes('justerare ') || / av /.test(t) ? ADJUSTERS_NAMED.exec(s.text) : null;
    for (const name of named?.[1]?.split(/\s*,\s*|\s+(?:och|samt)\s+/u) ?? []) {
      const n = name.trim();
      if (!isPersonName(n) || people.some((p) => p.name === n && p.roles.includes('chair'))) continue;
      mergeParticipant(people, { name: n, roles: ['adjuster'] });
    }
  }
  return people;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}?`;
/** A name right before "utses att (jämte ordföranden) justera", the verb in lower case. */
const NAMED_BEFORE_VERB = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})\s+(?:utsågs|utses|valdes|väljs)\s+(?:att|till att)\s+(?:(?:tillsammans med|jämte)\s+ordföranden?\s+)?justera`,
  'u',
);
/** "Till justerare utsågs X", "Protokollet justeras av X och Y": up to three names, ended by the sentence's end. */
const ADJUSTERS_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Till|Som)\s+justerare\s+(?:utsågs|utses|valdes|väljs)|Protokollet\s+(?:justeras|justerades|har\s+justerats)(?:\s+digitalt)?\s+av)\s+((?:ordföranden|${NAME})(?:(?:\s*,\s*|\s+(?:och|samt)\s+)(?:ordföranden|${NAME})){0,2})(?=\s*(?:[.,;]|$|\s+(?:den|senast|på|i|digitalt|(?:${WEEKDAY_NAMES_SOURCE})(?:en)?)(?![\p{L}])|\s+\d))`,
  'u',
);

/**
 * A place without the body's name before it: labels in a row ("Nämnd Sammanträdesdatum Plats och tid")
 * with their values after them in the same order, flattened onto one line, give the place the body's
 * value too ("Socialnämnden, Folkets hus, sal 2"). A body meets in a room, never in itself.
 */
function withoutBodyName(location: string, body: string | undefined): string | undefined {
  const comma = location.indexOf(', ');
  if (comma < 0) return location;
  const first = location.slice(0, comma);
  const named = body ? first.toLowerCase() === body.toLowerCase() : isWholeBodyName(first);
  return named ? location.slice(comma + 2).trim() || undefined : location;
}
