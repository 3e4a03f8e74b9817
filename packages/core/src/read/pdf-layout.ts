/**
 * PDF text, positioned pieces → lines in reading order, in the seeds' plain-text layout:
 * page headers and feet repeated on every page taken out (kept once, on page 1, where they name the
 * body), two-column header blocks ("Plats och tid   Orbaden …") as a label line and its value lines,
 * table rows as tab-separated cells, lines wrapped by the layout joined again (and a word hyphenated
 * at a line end made whole), and each line's page remembered.
 */

/** One positioned piece of text on a page, in PDF units with y growing upwards. */
export interface PdfPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the text matrix's scale). */
  size: number;
}

/** One page's pieces and size. */
export interface PdfPage {
  width: number;
  height: number;
  pieces: PdfPiece[];
}

/** A line of text and the 1-based page it stands on. */
export interface PageLine {
  text: string;
  page: number;
}

interface Cell {
  text: string;
  x: number;
  right: number;
}

interface Row {
  page: number;
  y: number;
  size: number;
  cells: Cell[];
  /** Width of one character, for guessing how wide a word is. */
  charWidth: number;
}

const PAGE_NUMBER =
  /^(?:(?:sida|sid\.?|s\.)\s*\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4}))?|\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4})|[-–]?\s*\d{1,4}\s*[-–]?)$/iu;
const SIGNATURE =
  /^(?:ordförande|vice ordförande|justerande|justerare|utdragsbestyrkande|sekreterare|vid protokollet|underskrift|datum)\s*:?$/iu;
const STARTS_NEW = /^(?:[-•–*]\s|§|\d{1,3}[.)]\s|\p{Lu}[\p{L}\s]{0,40}:\s)/u;
const HYPHENATED = /\p{Ll}-$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/**
 * "Barn-" then "och utbildningsnämnden": the hyphen stands for the compound's shared end ("Barn- och
 * utbildningsnämnden"), as in most bodies' names, and stays, with the space; only a word split at the line
 * end is made whole.
 */
const SUSPENDED = /^(?:och|eller|samt|respektive|resp\.)(?![\p{L}\p{N}])/u;

/** Pieces → rows: pieces on one baseline, left to right, split into cells at wide gaps. */
function rowsOf(page: PdfPage, number: number): Row[] {
  const pieces = page.pieces.filter((p) => p.text.trim() !== '' && Number.isFinite(p.x) && Number.isFinite(p.y));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  let group: PdfPiece[] = [];
  const flush = () => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((p) => p.size)) || 10;
    const cells: Cell[] = [];
    let chars = 0;
    let width = 0;
    for (const p of group) {
      const text = p.text.replace(/\s+/g, ' ');
      chars += text.length;
      width += p.width;
      const last = cells[cells.length - 1];
      const gap = last ? p.x - last.right : Number.POSITIVE_INFINITY;
      if (!last || gap > 1.1 * size) {
        cells.push({ text, x: p.x, right: p.x + p.width });
      } else {
        const space = gap > 0.15 * size && !last.text.endsWith(' ') && !text.startsWith(' ');
        last.text += (space ? ' ' : '') + text;
        last.right = Math.max(last.right, p.x + p.width);
      }
    }
    for (const c of cells) c.text = c.text.trim();
    rows.push({
      page: number,
      y: group[0]?.y ?? 0,
      size,
      cells: cells.filter((c) => c.text !== ''),
      charWidth: chars > 0 ? width / chars : size / 2,
    });
    group = [];
  };
  for (const p of pieces) {
    const first = group[0];
    if (first && Math.abs(first.y - p.y) > 0.4 * Math.max(first.size, p.size)) flush();
    group.push(p);
  }
  flush();
  return rows.filter((r) => r.cells.length > 0);
}

const rowKey = (row: Row): string =>
  row.cells
    .map((c) => c.text.toLowerCase().replace(/\d+/g, '#'))
    .join('\t')
    .replace(/\s+/g, ' ');

/** The rows near the top and the foot of a page, where page headers and feet stand. */
function zones(rows: readonly Row[], height: number): { top: Set<Row>; foot: Set<Row> } {
  const top = new Set<Row>();
  const foot = new Set<Row>();
  rows.forEach((r, i) => {
    if (i < 6 && r.y > height * 0.75) top.add(r);
    if (i >= rows.length - 4 && r.y < height * 0.2) foot.add(r);
  });
  return { top, foot };
}

/**
 * Takes out what page layout repeats: page numbers in the header and foot zones, lines that stand
 * in those zones on at least half the pages (the first page's header is kept: it names the body),
 * and feet made only of signature labels.
 */
function withoutPageFurniture(pages: readonly PdfPage[], rowsPerPage: Row[][]): Row[][] {
  const zoned = rowsPerPage.map((rows, i) => zones(rows, pages[i]?.height ?? 842));
  for (const [i, rows] of rowsPerPage.entries()) {
    const z = zoned[i] as { top: Set<Row>; foot: Set<Row> };
    for (const r of rows) {
      if (z.top.has(r) || z.foot.has(r)) r.cells = r.cells.filter((c) => !PAGE_NUMBER.test(c.text));
    }
  }
  const seen = new Map<string, number>();
  zoned.forEach((z) => {
    const keys = new Set([...z.top, ...z.foot].filter((r) => r.cells.length > 0).map(rowKey));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const enough = Math.max(2, Math.ceil(rowsPerPage.length / 2));
  return rowsPerPage.map((rows, i) => {
    const z = zoned[i] as { top: Set<Row>; foot: Set<Row> };
    return rows.filter((r) => {
      if (r.cells.length === 0) return false;
      const inZone = z.top.has(r) || z.foot.has(r);
      if (!inZone) return true;
      if (z.foot.has(r) && r.cells.every((c) => SIGNATURE.test(c.text))) return false;
      const repeated = (seen.get(rowKey(r)) ?? 0) >= enough;
      return !repeated || (i === 0 && z.top.has(r));
    });
  });
}

/**
 * The pages' pieces as lines in reading order, each with its page. Pure: the PDF library gives the
 * pieces ({@link readPdf}), this decides what the text is. `isLabel` tells a header label ("Plats och tid")
 * whose value stands in the next column: the importer's vocabulary, given by `@sammantrade/core/read`.
 */
export function layoutLines(pages: readonly PdfPage[], isLabel: (text: string) => boolean = () => false): PageLine[] {
  const rowsPerPage = withoutPageFurniture(
    pages,
    pages.map((p, i) => rowsOf(p, i + 1)),
  );
  // The right edge of the text: the widest line, or the left margin mirrored, whichever is further.
  let minX = Number.POSITIVE_INFINITY;
  let maxRight = 0;
  let pageWidth = 0;
  for (const [i, rows] of rowsPerPage.entries()) {
    pageWidth = Math.max(pageWidth, pages[i]?.width ?? 0);
    for (const r of rows) {
      const first = r.cells[0] as Cell;
      minX = Math.min(minX, first.x);
      if (r.cells.length === 1) maxRight = Math.max(maxRight, first.right);
    }
  }
  const rightEdge = Math.max(maxRight, pageWidth > 0 && Number.isFinite(minX) ? pageWidth - minX : 0);

  const out: PageLine[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1]?.text !== '')
      out.push({ text: '', page: out[out.length - 1]?.page ?? 1 });
  };
  /** The previous row of running text, while the next one may continue it. */
  let prose: Row | undefined;
  /** The x of the value column of the label block being read. */
  let valueX: number | undefined;
  for (const rows of rowsPerPage) {
    let previous: Row | undefined;
    for (const row of rows) {
      const gap = previous ? previous.y - row.y : 0;
      const spaced = previous !== undefined && gap > 1.75 * Math.max(previous.size, row.size);
      const first = row.cells[0] as Cell;
      previous = row;
      // Values continuing a label block, in the value column.
      if (valueX !== undefined && row.cells.length === 1 && Math.abs(first.x - valueX) < 3 && !(gap > 3 * row.size)) {
        out.push({ text: first.text, page: row.page });
        continue;
      }
      if (valueX !== undefined) {
        valueX = undefined;
        blank();
      }
      if (row.cells.length >= 2) {
        prose = undefined;
        const [label, ...rest] = row.cells as [Cell, ...Cell[]];
        if (row.cells.length === 2 && isLabel(label.text) && !label.text.includes(':')) {
          blank();
          out.push({ text: label.text, page: row.page }, { text: rest.map((c) => c.text).join(' '), page: row.page });
          valueX = rest[0]?.x;
          continue;
        }
        if (spaced) blank();
        out.push({ text: row.cells.map((c) => c.text).join('\t'), page: row.page });
        continue;
      }
      const text = first.text;
      const last = out[out.length - 1];
      if (prose && last && last.text !== '' && continues(prose, row, text, rightEdge, spaced)) {
        last.text =
          HYPHENATED.test(last.text) && STARTS_LOWER.test(text) && !SUSPENDED.test(text)
            ? last.text.slice(0, -1) + text
            : `${last.text} ${text}`;
        prose = { ...row, cells: [{ ...first, x: (prose.cells[0] as Cell).x }] };
        continue;
      }
      if (spaced || (prose === undefined && last !== undefined && last.page !== row.page)) blank();
      out.push({ text, page: row.page });
      prose = row;
    }
    // A page break ends a block unless the next page's first line continues a wrapped sentence.
    previous = undefined;
  }
  while (out.length > 0 && out[out.length - 1]?.text === '') out.pop();
  return out;
}

/** True when `row` is the next line of the paragraph `prev` ends: the layout wrapped it there. */
function continues(prev: Row, row: Row, text: string, rightEdge: number, spaced: boolean): boolean {
  const samePage = prev.page === row.page;
  if (samePage && spaced) return false;
  if (!samePage && !STARTS_LOWER.test(text)) return false;
  if (Math.abs(prev.size - row.size) > 0.6) return false;
  if (STARTS_NEW.test(text)) return false;
  const left = prev.cells[0] as Cell;
  const cell = row.cells[0] as Cell;
  if (samePage && Math.abs(cell.x - left.x) > 2 * row.size) return false;
  const prevText = left.text;
  if (HYPHENATED.test(prevText) && STARTS_LOWER.test(text)) return true;
  // The first word of this line would not have fitted at the end of the previous one.
  const word = text.split(' ')[0] ?? '';
  const last = prev.cells[prev.cells.length - 1] as Cell;
  return last.right + (word.length + 1) * row.charWidth > rightEdge - 0.5 * row.size;
}
