import { findBodyName } from './body-name.js';
import { DOTTED_DATE_SOURCE } from './dates.js';
import type { Line } from './lines.js';

/**
 * The page header of many templates in two columns: the record's kind, then "Sammanträdesdatum" over the
 * date in the right column, with the body's name in the left column of the row under it:
 *
 *     SAMMANTRÄDESPROTOKOLL
 *                               Sammanträdesdatum
 *     Kommunstyrelsen           2008-04-15
 *
 * Read as text, the label stands before the body's name ("Sammanträdesdatum Kommunstyrelsen 2008-04-15"),
 * so neither the body nor the date is where a reader looks for them. The body's name is put back before the
 * label, which then stands right before its date ("Kommunstyrelsen" / "Sammanträdesdatum 2008-04-15"). Only
 * a whole body name followed by a whole date moves; anything else is left as it is.
 */

// Capitalised or in capitals, written out: the pattern that finds it inside a line must tell a capital apart.
const LABEL = `(?:[Ss]ammanträdesdatum|SAMMANTRÄDESDATUM|[Mm]ötesdatum|MÖTESDATUM|[Ss]ammanträdesdag|SAMMANTRÄDESDAG)`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|${DOTTED_DATE_SOURCE}|\d{1,2}\s+\p{L}+\s+\d{4})`;
/** A line that is the label alone. */
const LABEL_LINE = new RegExp(`^${LABEL}\\s*:?$`, 'u');
/** The row under it: a name, then the date, then perhaps the page's number ("1 (12)", "Sida 1 av 12"). */
const ROW = new RegExp(
  `^(.{4,80}?)[\\t ]+(${DATE})(\\s+(?:sida\\s+)?\\d{1,3}\\s*(?:\\(\\d{1,3}\\)|av\\s+\\d{1,3}))?\\s*$`,
  'iu',
);
/** The same inside a flattened line: the label, the name, the date. */
const IN_LINE = new RegExp(
  `(?<![\\p{L}])(${LABEL})(\\s*:?\\s+)(?:(Sida|SIDA|Blad|BLAD)\\s+)?(\\p{Lu}.{3,80}?)\\s+(${DATE})(?![\\d\\p{L}])`,
  'u',
);

const LABEL_HINT = /ammanträdesda|ötesdatum|AMMANTRÄDESDA|ÖTESDATUM/;

/** How far into the text the page header stands. */
const HEAD_LINES = 16;

/** The body's name before "Sammanträdesdatum" where the label stood over the date (see above). */
export function withDateColumn(lines: Line[]): Line[] {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    seen++;
    if (LABEL_LINE.test(line.text)) {
      let j = i + 1;
      while (j < lines.length && (lines[j] as Line).text === '') j++;
      const next = lines[j];
      const row = next ? ROW.exec(next.text) : null;
      const name = row?.[1]?.trim();
      if (!next || !row || !name || !wholeBody(name)) return lines;
      const out = lines.slice();
      const label = line.text.replace(/\s*:?$/u, '');
      out[i] = { ...line, text: name, raw: name };
      out[j] = { ...next, text: `${label} ${row[2]}${row[3] ?? ''}`, raw: `${label}\t${row[2]}${row[3] ?? ''}` };
      return out;
    }
    // The label's letters first (a plain search): the pattern's look-behind would be tried at every character.
    const start = line.text.length > 40 ? line.text.slice(0, 600) : '';
    const m = start && LABEL_HINT.test(start) ? IN_LINE.exec(start) : null;
    // "Sammanträdesdatum Sida Kommunstyrelsen 2019-11-05 1 (23)": the page's label, third in the header, goes
    // with its number after the date.
    if (m?.[1] && m[4] && m[5] && wholeBody(m[4].trim())) {
      const page = m[3] ? ` ${m[3]}` : '';
      const text = `${line.text.slice(0, m.index)}${m[4].trim()} ${m[1]}${m[2]}${m[5]}${page}${line.text.slice(m.index + m[0].length)}`;
      const out = lines.slice();
      out[i] = { ...line, text, raw: text };
      return out;
    }
  }
  return lines;
}

/** Whether `text` is a body's name and nothing else ("Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"). */
function wholeBody(text: string): boolean {
  const found = findBodyName(text);
  return found !== undefined && found.index === 0 && found.name.length === text.length;
}
