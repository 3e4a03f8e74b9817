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
}

const EXTRACT = /(?<![\p{L}])(?:protokollsutdrag|utdrag\s+ur\s+(?:sammanträdes)?protokoll(?:et)?|rätt\s+utdraget)(?![\p{L}])/iu;
const MINUTES_WORD = /(?<![\p{L}])(?:sammanträdesprotokoll|protokoll|p\s?r\s?o\s?t\s?o\s?k\s?o\s?l\s?l)(?![\p{L}])/iu;
const AGENDA_WORD =
  /(?<![\p{L}])(?:kallelse|föredragningslista|dagordning|sammanträdeshandlingar|handlingar|ärenden)(?![\p{L}])|kallas\s+(?:härmed\s+)?till\s+(?:sammanträde|möte)/iu;
/** Minutes' own sentences: what a notice says about the adjusted minutes. */
const MINUTES_SENTENCE = /protokollet(?:,\s+som)?\s+(?:är\s+|har\s+)?justera|justeringen\s+har\s+(?:tillkännagivits|offentliggjorts)/iu;

/** Labels only minutes print. */
const MINUTES_LABELS = new Set(['adjusters', 'adjustment', 'signatures', 'notice', 'notice-up', 'notice-down', 'storage']);

/**
 * The kind a document's first page shows, or undefined when nothing says. `head` is the first page's
 * text (furniture removed).
 */
export function detectKind(head: string, signals: KindSignals): RecordKind | undefined {
  const opening = head.slice(0, 400);
  const extract = EXTRACT.exec(head.slice(0, 6000));
  if (extract) return 'extract';
  const minutesLabels = signals.labels.filter(
    (l) => MINUTES_LABELS.has(l.def.key) || (l.def.key === 'people' && /^(?:beslutande|ande)$/iu.test(l.text)),
  ).length;
  const minutesWord = MINUTES_WORD.exec(opening);
  const agendaWord = AGENDA_WORD.exec(opening);
  const minutesSentence = MINUTES_SENTENCE.test(head.slice(0, 6000));
  // A heading word near the top decides, the earlier one first; then the labels and sentences of minutes;
  // then what the text is made of.
  if (agendaWord && (!minutesWord || agendaWord.index < minutesWord.index) && minutesLabels < 2 && !minutesSentence)
    return 'agenda';
  if (minutesWord || minutesLabels >= 2 || minutesSentence) return 'minutes';
  if (minutesLabels === 1 && signals.paragraphs > 0) return 'minutes';
  if (agendaWord || signals.items >= 2) return 'agenda';
  if (signals.paragraphs >= 2) return 'minutes';
  return undefined;
}
