import { diagnostic } from '../model/diagnostic.js';
import type { CutWhat } from '../text/parse-diagnostic-words.js';
import type { ParsedDocument } from './document.js';
import { oneSpaced } from './words.js';

/**
 * A text that stops inside a word (an excerpt cut at a number of bytes, a download broken off) may end in a
 * name, a heading or a decision that lost its last letters ("Bo Pet", "Informati", "… att godkä"). What
 * reaches the end of such a text, and is not written whole before it, is left out with a warning naming
 * the last line, where a complete record would not end with it: a person's name or title, a paragraph's
 * heading (but an agenda's last item: an agenda ends with it), the place of the meeting or of the adjustment.
 * A decision or assignment that runs on past its last full stop keeps its whole sentences, and goes without one.
 */
export function leaveOutCutEnd(doc: ParsedDocument, text: string, lastLine: number): void {
  // A text that ends with a line break, a space or a mark ("… är Siv Ek.") ends after a word: only one that
  // stops on a letter or digit may have cut its last word.
  if (!/[\p{L}\p{N}]$/u.test(text)) return;
  const tail = squeeze(text.slice(-4000));
  const cut = (what: CutWhat, value: string) => {
    // One line, as every diagnostic is printed: a decision's text may hold line breaks.
    const text = squeeze(value).slice(0, 80);
    doc.diagnostics.push(diagnostic('warning', 'cut-at-end', { what, text }, { line: lastLine }));
  };
  // The whole text squeezed, made only when a value reaches the end.
  let all: string | undefined;
  const whole = () => {
    all ??= squeeze(text);
    return all;
  };
  // Written whole before the end too (a chair's name in the attendance list and under the last signature, a
  // heading in the table of contents), it is whole at the end.
  const atEnd = (value: string | undefined): value is string =>
    value !== undefined && reachesEnd(tail, value) && !writtenBefore(whole(), squeeze(value));

  // A decision or task that runs to the end keeps its sentences up to the last full stop (what follows it is
  // left out and named in the warning); without one, it goes.
  const finished = (what: CutWhat, text: string): string | undefined => {
    if (!atEnd(text)) return text;
    const end = lastStop(text);
    cut(what, text.slice(end ?? 0).trim());
    return end === undefined ? undefined : text.slice(0, end).trim();
  };

  doc.participants = doc.participants.filter((p) => {
    if (atEnd(p.name)) {
      cut('name', p.name);
      return false;
    }
    for (const key of ['title', 'note', 'substituteFor', 'municipality', 'organisation'] as const) {
      const value = p[key];
      if (atEnd(value)) {
        cut(key === 'title' ? 'title' : key === 'substituteFor' ? 'name' : 'line', value);
        delete p[key];
      }
    }
    return true;
  });
  // An agenda ends with its last item; minutes and extracts go on after each heading.
  const headings = doc.kind !== 'agenda';
  for (const p of doc.paragraphs) {
    if (headings && atEnd(p.title)) {
      cut('paragraph-title', p.title);
      delete p.title;
    }
    p.decisions = p.decisions.flatMap((d) => {
      const text = finished('decision', d.text);
      return text === undefined ? [] : [{ ...d, text }];
    });
    p.assignments = p.assignments.flatMap((a) => {
      const task = finished('assignment', a.task);
      return task === undefined ? [] : [{ ...a, task }];
    });
  }
  if (atEnd(doc.location)) {
    cut('place', doc.location);
    delete doc.location;
  }
  if (atEnd(doc.adjustment?.place)) {
    cut('place', doc.adjustment.place);
    delete doc.adjustment.place;
  }
}

/** Whether `value` stands in `all` as whole words somewhere before its end. */
function writtenBefore(all: string, value: string): boolean {
  const last = all.length - value.length - 1;
  for (let at = all.indexOf(value); at !== -1 && at < last; at = all.indexOf(value, at + 1)) {
    const before = all.charAt(at - 1);
    const after = all.charAt(at + value.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

const STOP = /[.!?]["”»)]*(?=\s)/gu;

/** Where the text's last full stop followed by more ends, or undefined when no sentence in it ends. */
function lastStop(text: string): number | undefined {
  let end: number | undefined;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m !== null; m = STOP.exec(text)) end = m.index + m[0].length;
  return end;
}

/** One space between words, none at the ends. */
const squeeze = (s: string) => oneSpaced(s).trim();

/**
 * Whether `value` (as read, one space between words) is the last thing the text says, starting at a word.
 * A value built from words spread over the text ("Anna Berg" from "Berg, Anna") is never at the end as
 * written, and is kept.
 */
function reachesEnd(tail: string, value: string): boolean {
  const v = squeeze(value);
  return v !== '' && tail.endsWith(v) && !WORD_CHAR.test(tail.charAt(tail.length - v.length - 1));
}
