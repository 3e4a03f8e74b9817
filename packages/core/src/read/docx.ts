import { fault } from '../errors.js';
import { type ReadLimits, readLimits } from './limits.js';
import { missingReader } from './optional.js';
import { ReadLimitError, readInThread } from './thread.js';
import { checkZipSizes } from './zip.js';

/**
 * A Word document (.docx) → text in the seeds' plain layout, through mammoth's HTML: headings
 * (Word's heading styles) on lines of their own between blank lines, paragraphs one per line,
 * a two-column table of header labels ("Plats och tid | Orbaden …") as label and value lines,
 * and other tables as tab-separated rows, which the programme reader understands.
 * Word's page headers and feet are left out (mammoth does not read them), and so are images.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** mammoth's HTML (a small, regular subset) → lines. */
export function htmlToText(html: string, isLabel: (text: string) => boolean = () => false): string {
  const out: string[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  let text = '';
  let tableDepth = 0;
  let table: string[][][] = [];
  let row: string[][] = [];
  let cell: string[] = [];
  const endBlock = (tag: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!t) return;
    // A list inside a cell keeps its bullets, so the programme reader still sees separate activities.
    if (tableDepth > 0) cell.push(tag === 'li' ? `• ${t}` : t);
    else if (/^h[1-6]$/.test(tag)) {
      blank();
      out.push(t, '');
    } else out.push(tag === 'li' ? `- ${t}` : t);
  };
  const endTable = () => {
    const labelled = table.length > 0 && table.every((r) => r.length === 2 && isLabel(r[0]?.join(' ') ?? ''));
    blank();
    for (const r of table) {
      if (labelled) out.push(r[0]?.join(' ') ?? '', ...(r[1] ?? []), '');
      else out.push(r.map((c) => c.join(' ')).join('\t'));
    }
    blank();
    table = [];
  };
  const re = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    if (m[3] !== undefined) {
      text += decodeEntities(m[3]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    if (tag === 'br') text += ' ';
    else if (BLOCKS.has(tag)) {
      if (closing) endBlock(tag);
      else text = '';
    } else if (tag === 'table') {
      if (closing) {
        tableDepth--;
        if (tableDepth === 0) endTable();
      } else tableDepth++;
    } else if (tableDepth === 1 && tag === 'tr') {
      if (closing) table.push(row);
      row = [];
    } else if (tableDepth === 1 && (tag === 'td' || tag === 'th')) {
      if (closing) {
        endBlock('p');
        row.push(cell);
      }
      cell = [];
    }
  }
  endBlock('p');
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/**
 * Reads a .docx: its sizes checked before anything unpacks it ({@link checkZipSizes}), then mammoth
 * in the document thread under `limits`. A damaged file rejects with a one-line `PARSE` error, one
 * over a limit with `TOO_LARGE` naming it. `isLabel` tells the header labels of a two-column table.
 */
export async function readDocx(
  bytes: Uint8Array,
  file = 'the file',
  limits: ReadLimits = readLimits(),
  isLabel: (text: string) => boolean = () => false,
): Promise<{ text: string; warnings: string[] }> {
  await checkZipSizes(bytes, file, limits);
  try {
    const read = await readInThread({ kind: 'docx', bytes: new Uint8Array(bytes) }, limits);
    if (!('html' in read)) throw new Error('no HTML from the reading thread');
    return { text: htmlToText(read.html, isLabel), warnings: read.warnings };
  } catch (error) {
    if (error instanceof ReadLimitError) {
      throw error.limit === 'memory'
        ? fault('TOO_LARGE', 'read-memory', { file, what: 'docx', limit: limits.maxMemoryMb }, { cause: error })
        : fault('TOO_LARGE', 'read-time', { file, what: 'docx', limit: limits.maxSeconds }, { cause: error });
    }
    if (error instanceof Error && error.name === 'MissingPackage') throw missingReader('docx', file, error);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw fault('PARSE', 'word-damaged', { file, detail: detail ?? '' }, { cause: error });
  }
}
