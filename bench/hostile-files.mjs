import { createDeflateRaw, deflateSync } from 'node:zlib';

/**
 * Hostile documents, built by the tests and bench/hostile.mjs rather than stored: a Word zip bomb, a PDF declaring 50,000
 * pages, a PDF whose Type3 font glyphs take pdf.js seconds per page, and a 1 MB PDF whose streams
 * inflate to gigabytes. Each once brought the importer down (issue 12); now each must be refused
 * within the read limits with one line.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Iterable<Uint8Array>} chunks */
function crc32(chunks) {
  let crc = 0xffffffff;
  for (const chunk of chunks) for (const byte of chunk) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** @typedef {{ name: string, data: Uint8Array, crc: number, size: number, declared?: number }} ZipEntry
 * Deflated bytes, their CRC and size, and the size the headers declare (the real one unless a test lies). */

/** A ZIP archive of deflated entries (the little of the format a .docx needs). */
/** @param {ZipEntry[]} entries */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** @returns {ZipEntry} */
const entry = (name, text) => {
  const bytes = Buffer.from(text);
  return { name, data: deflateSync(bytes, { level: 9 }).subarray(2, -4), crc: crc32([bytes]), size: bytes.length };
};

/** `unit` repeated to `size` bytes, deflated as it streams: a large part without holding it. */
/** @returns {Promise<ZipEntry>} */
async function deflatedRepeat(unit, size) {
  const chunk = Buffer.from(unit.repeat(Math.ceil((1024 * 1024) / unit.length))).subarray(0, 1024 * 1024);
  const count = Math.floor(size / chunk.length);
  const deflate = createDeflateRaw({ level: 9 });
  const out = [];
  deflate.on('data', (d) => out.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let i = 0; i < count; i++) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  // No CRC: reading the part to its end to check it is just what a reader must not do.
  return { name: '', data: Buffer.concat(out), crc: 0, size: count * chunk.length };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PARAGRAPH = '<w:p><w:r><w:t>Kommunstyrelsen beslutar att godkänna rapporten.</w:t></w:r></w:p>';

/**
 * A Word file of about a megabyte whose text part unpacks to `size` bytes (300 MB by default).
 * `lie` makes its headers declare 10 KB instead, as a bomb meant to slip past a size check would.
 */
export async function zipBombDocx(size = 300 * 1024 * 1024, lie = false) {
  // The paragraph over and over (a bomb need not be valid XML; the reader must not get that far).
  const body = await deflatedRepeat(PARAGRAPH, size);
  const document = { ...body, name: 'word/document.xml', ...(lie ? { declared: 10 * 1024 } : {}) };
  return zip([entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', RELS), document]);
}

/** A small, valid Word file with one paragraph: the control, read as usual. */
export function smallDocx(text = 'Kommunstyrelsen beslutar att godkänna rapporten.') {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return zip([
    entry('[Content_Types].xml', CONTENT_TYPES),
    entry('_rels/.rels', RELS),
    entry('word/document.xml', document),
  ]);
}

/** A PDF from its objects (numbered from 1), with a correct cross-reference table. */
/** @param {(string | Buffer)[]} objects */
function pdf(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(bytes);
    offset += bytes.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

/** @param {Buffer | string} content */
const stream = (content, compress = true) => {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1');
  const data = compress ? deflateSync(raw, { level: 9 }) : raw;
  return Buffer.concat([
    Buffer.from(`<< /Length ${data.length}${compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
};

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF of `pages` pages, each saying its number: 50,000 by default. */
export function manyPagesPdf(pages = 50_000) {
  // 1 catalog, 2 page tree, 3 font, 4.. pages and their content streams.
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`, FONT];
  for (let i = 0; i < pages; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.push(stream(`BT /F1 12 Tf 72 770 Td (Sida ${i + 1}) Tj ET`, false));
  }
  return pdf(objects);
}

/**
 * A one-page PDF whose Type3 font has glyphs drawn by `ops` path operators each, compressed to a few
 * KB: pdf.js interprets every glyph procedure before it gives the page's text.
 */
export function type3Pdf(glyphs = 64, ops = 200_000) {
  const names = Array.from({ length: glyphs }, (_, i) => `g${i}`);
  const procedure = `500 0 0 0 500 700 d1\n${'10 10 m 400 600 l S\n'.repeat(ops)}`;
  // 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6 encoding, 7.. glyph procedures
  const charProcs = names.map((n, i) => `/${n} ${7 + i} 0 R`).join(' ');
  const text = Array.from({ length: glyphs }, (_, i) => i.toString(8).padStart(3, '0'))
    .map((o) => `\\${o}`)
    .join('');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 5 0 R /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>',
    stream(`BT /F1 12 Tf 72 770 Td (Protokoll) Tj ET BT /T3 12 Tf 72 700 Td (${text}) Tj ET`),
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${charProcs} >> /Encoding 6 0 R /FirstChar 0 /LastChar ${glyphs - 1} /Widths [${names.map(() => 500).join(' ')}] >>`,
    `<< /Type /Encoding /Differences [0 ${names.map((n) => `/${n}`).join(' ')}] >>`,
    ...names.map(() => stream(procedure)),
  ]);
}

/**
 * A PDF of about 1 MB whose pages' content streams inflate to about a gigabyte of spaces: no text,
 * but pdf.js must inflate them all to find that out.
 */
export function compressedPdf(pages = 4, streamBytes = 256 * 1024 * 1024) {
  const spaces = deflateSync(Buffer.alloc(streamBytes, 0x20), { level: 9 });
  const content = Buffer.concat([
    Buffer.from(`<< /Length ${spaces.length} /Filter /FlateDecode >>\nstream\n`),
    spaces,
    Buffer.from('\nendstream'),
  ]);
  const kids = Array.from({ length: pages }, (_, i) => `${3 + 2 * i} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`];
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R >>`);
    objects.push(content);
  }
  return pdf(objects);
}
