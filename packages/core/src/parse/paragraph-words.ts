import type { Line } from './lines.js';

/**
 * Paragraph headings written without the plain "§ N" the rest of the reader knows: the word "Paragraf 45"
 * in its place, or the sign with the year after the number ("§ 12/2026", "§ 12:2026"). Each such heading is
 * written back as "§ N" where it is surely one, so that every later pass reads it as it reads "§ 12":
 *
 * - "Paragraf N" only in a run of rising numbers (N and N + 1, at least two, in the text's order): one
 *   "Paragraf 45" alone is as likely the label of a front page's range ("Paragraf  45") as a heading, and
 *   it is left as it is;
 * - "§ N/YYYY" at a line's start, or inside a line in such a run (a flattened page); a "§ 12/2024" inside a
 *   sentence is a reference to another year's minutes and stays.
 *
 * The word is in capitals or capitalised ("paragraf 5" in a sentence is a reference). Linear in the text.
 */

// "Paragraf 45", "PARAGRAF 45", "Paragraf 45." and the sign with a year: "§ 12/2026", "§12:2026".
const WORD_HEADING =
  /(?<![\p{L}\p{N}§])(?:(?:Paragraf|PARAGRAF)\s+(\d{1,4})(?![\d/:,-]?\d)|§\s*(\d{1,4})[/:](?:19|20)\d\d(?![\d/:-]))\.?/gu;

interface Found {
  line: number;
  index: number;
  length: number;
  number: number;
  word: boolean;
}

/** The lines with each sure "Paragraf N" and "§ N/YYYY" heading written "§ N". Lines without one are kept as they are. */
export function withParagraphSigns(lines: Line[]): Line[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    // Cheap looks first: most lines have neither the word nor a sign followed by a year.
    const word = text.includes('aragraf') || text.includes('ARAGRAF');
    if (!word && !(text.includes('§') && (text.includes('/') || text.includes(':')))) continue;
    for (const m of text.matchAll(WORD_HEADING)) {
      found.push({
        line: i,
        index: m.index,
        length: m[0].length,
        number: Number(m[1] ?? m[2]),
        word: m[1] !== undefined,
      });
    }
  }
  if (found.length === 0) return lines;
  const sure = found.filter((f, k) => {
    const rises = found[k + 1]?.number === f.number + 1 || found[k - 1]?.number === f.number - 1;
    if (rises) return true;
    return !f.word && (lines[f.line] as Line).text.slice(0, f.index).trim() === '';
  });
  if (sure.length === 0) return lines;
  const out = lines.slice();
  // From the end of each line, so that the indices of the headings before stay right.
  for (let k = sure.length - 1; k >= 0; k--) {
    const f = sure[k] as Found;
    const line = out[f.line] as Line;
    const text = `${line.text.slice(0, f.index)}§ ${f.number}${line.text.slice(f.index + f.length)}`;
    out[f.line] = { ...line, text };
  }
  return out;
}
