import { formatSwedishDate, type Meeting, type MeetingKind, WORDS } from '@sammantrade/core';

/** What the viewer shows where a record states no date. Never a guess. */
export const NO_DATE = 'datum saknas';

/** "onsdag 11 oktober 2023", or {@link NO_DATE}. */
export function dateText(date: string | undefined, options: { weekday?: boolean } = {}): string {
  return date ? formatSwedishDate(date, options) : NO_DATE;
}

/** A report-back date: "18 oktober 2023", or "19 januari (år okänt)" when the record gives no year. */
export function dueText(due: string | undefined): string {
  if (!due) return 'inget datum';
  const text = formatSwedishDate(due, { weekday: false });
  return due.startsWith('--') ? `${text} (år okänt)` : text;
}

/** "09:00–15:30", "från 09:00", "till 12:00", or undefined when the record gives no time. */
export function timeText(start: string | undefined, end: string | undefined): string | undefined {
  if (start && end) return `${start}–${end}`;
  if (start) return `från ${start}`;
  if (end) return `till ${end}`;
  return undefined;
}

/** Capitalises the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "§ 763" in minutes, "Punkt 3" in an agenda. */
export function paragraphLabel(kind: MeetingKind, paragraphNumber: number): string {
  return kind === 'agenda' ? `punkt\u00a0${paragraphNumber}` : `§\u00a0${paragraphNumber}`;
}

/**
 * A meeting's name without its body: "Protokoll 11 oktober 2023"; without a date, by its § range
 * ("Protokoll §§ 612–626, datum saknas") so that two undated records stay apart.
 */
export function meetingName(meeting: Meeting, options: { weekday?: boolean } = {}): string {
  const kind = capitalize(WORDS.sv.meetingKind[meeting.kind]);
  if (meeting.date) return `${kind} ${formatSwedishDate(meeting.date, { weekday: options.weekday ?? false })}`;
  const range = meeting.paragraphRange;
  const where = range ? ` §§ ${range.from}–${range.to}` : '';
  return `${kind}${where}, ${NO_DATE}`;
}

/** "1 protokoll", "3 beslut", "2 uppdrag": Swedish plural by count. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
