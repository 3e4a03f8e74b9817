import type { FoundLabel } from './label-lexicon.js';

/**
 * What kind of record a document is, from the words of its first page wherever they stand: a heading
 * ("SAMMANTRÄDESPROTOKOLL", "Kallelse till socialnämnden", "Protokollsutdrag"), the labels only minutes
 * print ("Utses att justera", "ANSLAG/BEVIS"), and what the body of the text is made of (§ paragraphs or
 * numbered items). Never from the first line alone: web pages and PDF copies put other things there.
 */

export type RecordKind = 'minutes' | 'agenda' | 'extract';

/** What the reader found in the document, besides its words. */
export interface KindSignals {
  /** The head's labels. */
  labels: readonly FoundLabel[];
  /** How many numbered agenda items and § paragraphs were found. */
  items: number;
  paragraphs: number;
  /**
   * How many of the paragraphs are marked as such ("§ 12", "33 §", "KF 266", "91:"): a bare number
   * before a title ("3 Upprop") is as much an agenda's item as a paragraph, and says nothing of the kind.
   */
  markedParagraphs?: number;
  /** The § paragraphs follow the numbered items and repeat the first of them (the items list the minutes). */
  paragraphsRepeatItems?: boolean;
  /**
   * How many attendance tables of the head are headed "Beslutande" (attendance-table.ts reads them apart from
   * the labels): each counts as that label.
   */
  decidingTables?: number;
}

const EXTRACT =
  /(?<![\p{L}])(?:protokollsutdrag|utdrag\s+ur\s+(?:sammanträdes)?protokoll(?:et)?|rätt\s+utdraget)(?![\p{L}])/iu;
// A kind word as a heading: at the start of a line (after a body's name in the genitive, or a body's
// name, at most), or in capitals. "Godkännande av föredragningslista" or "föregående protokoll" inside an
// item is no heading.
const MINUTES_HEADING =
  /(?:^|\n)[ \t]*(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[Ss]ammanträdesprotokoll|[Pp]rotokoll|p\s?r\s?o\s?t\s?o\s?k\s?o\s?l\s?l)(?![\p{L}])|SAMMANTRÄDESPROTOKOLL|(?<![\p{L}])PROTOKOLL(?![\p{L}])|[Ss]ammanträdesprotokoll/u;
const MINUTES_CAPS = /SAMMANTRÄDESPROTOKOLL|(?<![\p{L}])PROTOKOLL(?![\p{L}])/u;
/**
 * "Minnesanteckningar", "Mötesanteckningar": a record of what a meeting did, kept by bodies without a
 * formal protocol (a cooperation council's meetings): minutes, never an agenda, though numbered like one.
 */
const NOTES_HEADING =
  /(?:^|\n)[ \t]*(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:[Mm]innesanteckningar|[Mm]ötesanteckningar|MINNESANTECKNINGAR|MÖTESANTECKNINGAR)(?![\p{L}])/u;
const AGENDA_HEADING =
  /(?:^|\n)[ \t]*(?:kallelse|kungörelse|föredragningslista|dagordning|sammanträdeshandlingar|handlingar|ärendelista)(?![\p{L}])|kallas\s+(?:härmed\s+)?till\s+(?:sammanträde|möte)/iu;
const AGENDA_CAPS = /(?<![\p{L}])(?:KALLELSE|KUNGÖRELSE|FÖREDRAGNINGSLISTA|DAGORDNING)(?![\p{L}])/u;
/** Minutes' own sentences: what a notice says about the adjusted minutes, or their attachments. */
const MINUTES_SENTENCE =
  /protokollet(?:,\s+som)?\s+(?:är\s+|har\s+)?justera|justeringen\s+har\s+(?:tillkännagivits|offentliggjorts)|bilagor\s+till\s+protokoll/iu;

/** Labels only minutes print. */
const MINUTES_LABELS = new Set([
  'adjusters',
  'adjustment',
  'signatures',
  'notice',
  'notice-up',
  'notice-down',
  'storage',
  'range',
]);

/**
 * The kind a document's first page shows, or undefined when nothing says. `head` is the first page's
 * text (furniture removed).
 */
export function detectKind(head: string, signals: KindSignals): RecordKind | undefined {
  const opening = head.slice(0, 400);
  const extract = EXTRACT.exec(head.slice(0, 6000));
  if (extract) return 'extract';
  // Labels as labels: capitalised (a "tid för justering" inside an item's title is no label).
  const minutesLabels =
    signals.labels.filter(
      (l) =>
        (/^\p{Lu}/u.test(l.text) && MINUTES_LABELS.has(l.def.key)) ||
        (l.def.key === 'people' && /^(?:beslutande|ande)$/iu.test(l.text)),
    ).length + (signals.decidingTables ?? 0);
  const minutesWord =
    MINUTES_HEADING.exec(opening) ??
    MINUTES_CAPS.exec(head.slice(0, 4000)) ??
    /protokoll\s+från\s/iu.exec(opening) ??
    NOTES_HEADING.exec(opening);
  const agendaWord = AGENDA_HEADING.exec(opening) ?? AGENDA_CAPS.exec(opening);
  const minutesSentence = MINUTES_SENTENCE.test(head.slice(0, 6000));
  // A heading word near the top decides, the earlier one first; then the labels and sentences of minutes;
  // then what the text is made of.
  if (agendaWord && (!minutesWord || agendaWord.index < minutesWord.index) && minutesLabels < 2 && !minutesSentence)
    return 'agenda';
  if (minutesWord || minutesLabels >= 2 || minutesSentence) return 'minutes';
  const marked = signals.markedParagraphs ?? signals.paragraphs;
  if (signals.paragraphs > 0 && (minutesLabels >= 1 || (marked > 0 && signals.paragraphs >= signals.items)))
    return 'minutes';
  // A meeting's page that lists its items and then gives them as § paragraphs is its minutes.
  if (signals.paragraphs >= 1 && signals.paragraphsRepeatItems && !agendaWord) return 'minutes';
  if (agendaWord || signals.items >= 2) return 'agenda';
  if (marked >= 2) return 'minutes';
  return undefined;
}
