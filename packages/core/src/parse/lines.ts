/**
 * The first stage of reading a document: its text as lines that keep their original line numbers,
 * with what PDF extraction adds (byte-order marks, CRLF, markdown markers, bold labels glued to the
 * text before them) taken off, and finders for what is layout rather than content: page headers
 * repeated on every page, signature labels, tables of contents.
 */

/** One line of a document, cleaned. Several lines may share a number when bold labels were glued together. */
export interface Line {
  /** 1-based line number in the original text. */
  no: number;
  /** The text without markdown markers; spaces collapsed and trimmed, tabs inside kept (they separate cells). */
  text: string;
  /** The piece of the original line it came from, before cleaning (a trailing tab can mark a ToC line). */
  raw: string;
  /** Markdown heading level (`## §755 …` → 2). */
  heading?: number;
  /** The source had it in `**bold**`. */
  bold?: boolean;
  /** The source had it in `*italics*` (some minutes set the proposal in italics). */
  italic?: boolean;
  /**
   * What the heading pre-pass (split-headings.ts) found this piece of a flattened line to be:
   * a page marker, an entry of a table of contents, or a heading.
   */
  mark?: 'page' | 'toc' | 'heading';
}

/** The text with a byte-order mark dropped and every line ending made `\n`. */
export function normaliseText(text: string): string {
  const s = text.replace(/^\uFEFF/, '');
  // Most texts have no carriage return: no search of the whole text for one.
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * Splits a line where PDF-to-markdown extraction glued bold labels to their neighbours:
 * `**Hälsingerådet****PROTOKOLL**Styrelsen …` and `769602-5290**§750 Mötets öppnande**`.
 * A `**` with text directly on both sides is such a seam; ordinary bold has a space on one side.
 */
function splitGluedBold(s: string): string[] {
  if (!s.includes('**')) return [s];
  const pieces: string[] = [];
  let start = 0;
  for (let i = s.indexOf('**'); i !== -1; i = s.indexOf('**', i + 2)) {
    const prev = s[i - 1];
    const next = s[i + 2];
    if (i > start && prev !== undefined && next !== undefined && !/\s/.test(prev) && /[\p{L}\p{N}§*#]/u.test(next)) {
      pieces.push(s.slice(start, i));
      start = i;
    }
  }
  pieces.push(s.slice(start));
  return pieces;
}

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Characters that call for more than trimming: markdown markers, odd spaces, control characters. */
const MARKERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  /[*#[\]_\u0000-\u0008\u000B-\u001F\u007F\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/;

/** True when a piece needs more than trimming (most lines of plain text do not). */
function needsCleaning(piece: string, trimmed: string): boolean {
  if (MARKERS.test(piece) || piece.includes('  ')) return true;
  // Rules ("---") and empty bullets ("-") become blank lines.
  return trimmed.startsWith('-') || trimmed.endsWith('-') || trimmed.startsWith('•');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const ODD = /[\u0000-\u0008\u000B-\u001F\u007F\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/;

const EMPHASIS_OPEN = /(^|[\s("“”'‘’\-–])\*(?=[^\s*])/g;
const EMPHASIS_CLOSE = /([^\s*])\*(?=$|[\s.,;:!?)"“”'‘’])/g;
const LINK = /\[([^\]\n]{0,300})\]\([^)\s]{0,300}\)/g;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|[-•])\s*$/;
const SPACES = / {2,}/g;

function cleanPiece(piece: string, no: number): Line {
  const trimmed = piece.trim();
  if (!needsCleaning(piece, trimmed)) return { no, text: trimmed, raw: piece };
  // Each step runs only when its character is there: this is the hottest function of a parse.
  let s = ODD.test(piece) ? piece.replace(ODD_SPACES, ' ').replace(INVISIBLE, '').replace(CONTROL, ' ') : piece;
  const line: Line = { no, text: '', raw: piece };
  if (s.includes('#')) {
    const heading = /^\s{0,3}(#{1,6})\s+/.exec(s);
    if (heading) {
      line.heading = heading[1]?.length ?? 1;
      s = s.slice(heading[0].length);
    }
  }
  if (s.includes('**')) {
    line.bold = true;
    s = s.replace(/\*\*/g, '');
  }
  if (s.includes('*')) {
    const bare = s.trim().replace(BULLET, '');
    if (bare.length > 2 && bare.startsWith('*') && bare.endsWith('*') && !bare.startsWith('**')) line.italic = true;
    s = s.replace(EMPHASIS_OPEN, '$1').replace(EMPHASIS_CLOSE, '$1');
  }
  if (s.includes('](')) s = s.replace(LINK, '$1');
  if (RULE.test(s)) s = '';
  if (s.includes('  ')) s = s.replace(SPACES, ' ');
  // Control characters and odd spaces are spaces by now, so trim() takes only spaces and tabs.
  line.text = s.trim();
  return line;
}

/** The document as cleaned lines, each with its 1-based line number in `text`. */
export function toLines(text: string): Line[] {
  const raw = normaliseText(text).split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    // Most lines hold no bold seam: no array of pieces for them.
    if (!line.includes('**')) lines.push(cleanPiece(line, i + 1));
    else for (const piece of splitGluedBold(line)) lines.push(cleanPiece(piece, i + 1));
  }
  return lines;
}

/** A blank line, or one taken out as layout. */
export const isBlank = (line: Line | undefined): boolean => !line || line.text === '';

/** A key for comparing lines: lower case, one space. */
export const lineKey = (text: string): string =>
  (text.includes('  ') || text.includes('\t') ? text.replace(/\s+/g, ' ') : text).toLowerCase().trim();

const DOT_LEADER = /(?:\.{3,}|…+)\s*\d{1,4}\s*$/;
const TAB_PAGE = /\t\s*\d{0,4}\s*$/;
const TOC_HEAD = /^(?:innehållsförteckning|innehåll|innehållsförteckning:)$/i;
// Patterns used on every line are module constants: a literal in a function is a new object per call.
const SECTION_SIGN_START = /^§\s*\d/;
const TAB_PAGE_NUMBER = /\t\s*\d{1,4}\s*$/;
const PAGE_NUMBER_START = /^[\dsS]/;
const PAGE_WORD_NUMBER = /^(?:sida|sid\.|s\.)\s*\d+(?:\s*(?:av|\/)\s*\d+)?$/i;
const PAGE_OF = /^\d+\s*(?:\(\d+\)|av\s+\d+)$/i;

/**
 * The lines of tables of contents: dot leaders with page numbers ("§750 Mötets öppnande ..... 5"),
 * and after an "Innehållsförteckning" heading, lines ending in a tab and a page number.
 * Their titles often differ from the headings, so they must never be read as headings.
 */
export function tocIndices(lines: readonly Line[]): Set<number> {
  const toc = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 0 && line.text.length < 300 && DOT_LEADER.test(line.raw)) {
      toc.add(i);
    } else if (SECTION_SIGN_START.test(line.text) && TAB_PAGE_NUMBER.test(line.raw)) {
      toc.add(i);
    } else if (TOC_HEAD.test(line.text)) {
      toc.add(i);
      let blanks = 0;
      for (let j = i + 1; j < lines.length && blanks < 3; j++) {
        const next = lines[j] as Line;
        if (next.text === '') {
          blanks++;
          continue;
        }
        if (!TAB_PAGE.test(next.raw) && !DOT_LEADER.test(next.raw)) break;
        blanks = 0;
        toc.add(j);
      }
    }
  }
  return toc;
}

// "Justerandes signatur", "Ordf sign": the boxes a template prints at the foot of every page.
const SIGNS =
  '(?:justerandes|justerares|justerarnas|ordförandes|ordf\\.?|sekreterarens|sekreterares)\\s+(?:signatur(?:er)?|sign\\.?)';
const SIGNATURE_LABEL = new RegExp(
  `^(?:ordförande|vice ordförande|justerande|justierande|justerare|utdragsbestyrkande|sekreterare|underskrifter|vid protokollet|protokollförare|${SIGNS})\\s*:?$`,
  'iu',
);
const SIGNATURE_ONLY = new RegExp(
  `^(?:justerande|justierande|utdragsbestyrkande|underskrifter|vid protokollet|${SIGNS})\\s*:?$`,
  'iu',
);

/**
 * The signature labels printed on every page ("Ordförande / Justerande / Utdragsbestyrkande"):
 * runs of two or more such labels, and the labels that only ever sign. A lone "Ordförande"
 * followed by a name is a heading of the participant list and stays.
 */
export function signatureLabelIndices(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) for (const i of run) found.add(i);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text === '') continue;
    if (SIGNATURE_LABEL.test(text)) {
      run.push(i);
      if (SIGNATURE_ONLY.test(text)) found.add(i);
    } else {
      flush();
    }
  }
  flush();
  return found;
}

/** A line only page layout writes: a page number ("Sida 3 av 12", "3 (12)"), an org number, "PROTOKOLL". */
export function isHeaderLike(text: string): boolean {
  return (
    /^\d{6}-\d{4}$/.test(text) ||
    /^(?:sammanträdes)?protokoll$/i.test(text) ||
    /^(?:kallelse|föredragningslista|protokollsutdrag|utdrag ur protokoll|sammanträdesprotokoll)$/i.test(text) ||
    /^(?:sida|sid\.|s\.)\s*\d+(?:\s*(?:av|\/)\s*\d+)?$/i.test(text) ||
    /^\d+\s*\(\d+\)$/.test(text) ||
    /^(?:sammanträdesdatum|mötesdatum)\b/i.test(text) ||
    /^\d{4}-\d{2}-\d{2}$/.test(text)
  );
}

/**
 * Page headers: lines repeated on many pages, in clusters that hold at least one line only page
 * layout writes (an org number, "SAMMANTRÄDESPROTOKOLL", a page number). Requiring that anchor keeps
 * repeated content, such as the same "Expedieras till" list in every paragraph, from being taken out;
 * and a line beside an anchor is only header when it stands beside that anchor on most pages.
 * `keep` protects lines that must stay (section headings, paragraph headings).
 */
export function pageHeaderIndices(lines: readonly Line[], keep: (line: Line) => boolean): Set<number> {
  const counts = new Map<string, number>();
  // One key per line, or undefined for lines that can be no header. Page headers repeat letter for
  // letter, so the text itself is the key (lower-casing every line cost more than the rest).
  const keys: (string | undefined)[] = lines.map((line) =>
    line.text !== '' && line.text.length <= 100 ? line.text : undefined,
  );
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ORG = /^\d{6}-\d{4}$/;
  const layout = new Map<string, boolean>();
  const headerLike = (key: string, text: string) => {
    let v = layout.get(key);
    if (v === undefined) {
      v = isHeaderLike(text);
      layout.set(key, v);
    }
    return v;
  };
  // Only lines that repeat (or an org number) can be page headers; `keep` is dearer than counting.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    const line = lines[i] as Line;
    const n = counts.get(key) ?? 0;
    const possible =
      n >= 3 || (n === 2 && headerLike(key, line.text)) || (n === 1 && line.text.length === 11 && ORG.test(line.text));
    if (!possible || keep(line)) keys[i] = undefined;
  }
  const repeated = (i: number) => keys[i] !== undefined;
  // Runs of repeated lines with only blank lines between them, each with the layout lines it holds.
  // Only runs that hold a layout line matter, so a run's set of lines is made only for those (a text
  // that repeats its paragraphs has a run on every line).
  const runs: { indices: number[]; anchors: Set<string> }[] = [];
  let run: { indices: number[]; anchors: Set<string> | undefined } | undefined;
  const close = () => {
    if (run?.anchors) runs.push(run as { indices: number[]; anchors: Set<string> });
    run = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (!repeated(i)) {
      close();
      continue;
    }
    run ??= { indices: [], anchors: undefined };
    const key = keys[i] as string;
    run.indices.push(i);
    if (headerLike(key, line.text)) {
      run.anchors ??= new Set();
      run.anchors.add(key);
    }
  }
  close();
  // For each anchor: in how many runs it stands, and how often each other line stands beside it.
  const withAnchor = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  for (const r of runs) {
    const runKeys = new Set(r.indices.map((i) => keys[i] as string));
    for (const a of r.anchors) {
      withAnchor.set(a, (withAnchor.get(a) ?? 0) + 1);
      let beside = together.get(a);
      if (!beside) {
        beside = new Map();
        together.set(a, beside);
      }
      for (const k of runKeys) beside.set(k, (beside.get(k) ?? 0) + 1);
    }
  }
  const found = new Set<number>();
  for (const r of runs) {
    for (const i of r.indices) {
      const key = keys[i] as string;
      let header = r.anchors.has(key);
      for (const a of r.anchors) {
        if (header) break;
        header = (together.get(a)?.get(key) ?? 0) >= 0.75 * (withAnchor.get(a) ?? 1);
      }
      if (header) found.add(i);
    }
  }
  return found;
}

/** Page numbers on a line of their own: "Sida 3", "3 (12)", "3 av 12". */
export function isPageNumber(text: string): boolean {
  if (!PAGE_NUMBER_START.test(text)) return false;
  return PAGE_WORD_NUMBER.test(text) || PAGE_OF.test(text);
}

/** A copy of `lines` with the lines at `indices` blanked, so block boundaries stay where they were. */
export function blankOut(lines: readonly Line[], ...indices: ReadonlySet<number>[]): Line[] {
  const out = lines.slice();
  for (const set of indices) {
    for (const i of set) {
      const line = out[i];
      if (line && line.text !== '') out[i] = { ...line, text: '' };
    }
  }
  return out;
}

const ENDS_SENTENCE = /[.!?:;)\]”"»]$/;
// Hoisted: a literal in a loop makes a new RegExp object on every pass.
const STARTS_LOWER = /^\p{Ll}/u;
const BULLET = /^[-•]\s+/;
const SENTENCE_END = /[.!?](?=\s+["”»(]?[\p{Lu}\d])/gu;
const ABBREVIATION = /(?:^|\s)(?:ca|t\.ex|bl\.a|dvs|m\.m|kl|resp|fr\.o\.m|t\.o\.m|nr|s|jfr|p\.g\.a|pga)\.$/i;

/**
 * Lines as text: blocks separated by a blank line, with a block that breaks off mid-sentence
 * (no closing punctuation, the next block starting in lower case) joined to the next one,
 * which is how a sentence split by a page break or a removed page header reads again.
 */
export function joinText(lines: readonly Line[]): string {
  // The lines and the breaks between them, joined once: a paragraph of megabytes is not copied block by
  // block first (copies that live until the end are what the garbage collector pays for).
  const parts: string[] = [];
  /** The last line of the block so far, and where it stands in `parts`; -1: no block yet. */
  let last = '';
  let lastAt = -1;
  let pendingBreak = false;
  for (const line of lines) {
    if (line.text === '') {
      if (lastAt >= 0) pendingBreak = true;
      continue;
    }
    if (pendingBreak) {
      pendingBreak = false;
      if (!ENDS_SENTENCE.test(last) && STARTS_LOWER.test(line.text)) {
        last = `${last} ${line.text}`;
        parts[lastAt] = last;
        continue;
      }
      parts.push('\n\n');
    } else if (lastAt >= 0) parts.push('\n');
    lastAt = parts.push(line.text) - 1;
    last = line.text;
  }
  return joinAll(parts).trim();
}

/** Parts joined per this many before the pieces are joined: see `joinAll`. */
const JOIN_CHUNK = 4096;

/**
 * `parts.join(separator)`, the same string, for any number of parts: a million parts are joined a chunk
 * at a time and then the chunks, which costs a third of one join of them all (measured at 1.6 million
 * parts, 150 against 380 ns a part; the same below a few thousand).
 */
export function joinAll(parts: readonly string[], separator = ''): string {
  if (parts.length <= JOIN_CHUNK) return parts.join(separator);
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += JOIN_CHUNK) chunks.push(parts.slice(i, i + JOIN_CHUNK).join(separator));
  return chunks.join(separator);
}

/**
 * Sentences of a text, each with the line it starts on: split at sentence ends and at line breaks
 * (bullets and "Beslut:" lines are sentences of their own).
 */
export function sentencesOf(lines: readonly Line[]): { text: string; no: number }[] {
  const out: { text: string; no: number }[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const text = line.text.startsWith('-') || line.text.startsWith('•') ? line.text.replace(BULLET, '') : line.text;
    let start = 0;
    if (!text.includes('.') && !text.includes('!') && !text.includes('?')) {
      out.push({ text, no: line.no });
      continue;
    }
    const re = SENTENCE_END;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const piece = text.slice(start, m.index + 1).trim();
      // "ca. 5", "t.ex. Alla": a short abbreviation is no sentence end.
      if (ABBREVIATION.test(piece)) continue;
      if (piece) out.push({ text: piece, no: line.no });
      start = m.index + 1;
    }
    const rest = text.slice(start).trim();
    if (rest) out.push({ text: rest, no: line.no });
  }
  return out;
}
