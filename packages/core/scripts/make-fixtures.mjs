// Writes the PDF and Word fixtures of the document readers (packages/core/test/fixtures/read/):
// made-up minutes of a made-up body, in the layouts of the seeds, as plain text (the reference),
// as a PDF (repeated page header with "Sida N (M)", a two-column header block, signature labels at
// every page foot, a table, a word hyphenated at a line end) and as a Word file (heading styles,
// a header table, a table), plus the broken files the readers must refuse: a scan without a text
// layer, an encrypted PDF, a truncated PDF and files that only claim to be PDFs.
// Usage: node packages/core/scripts/make-fixtures.mjs [OUT_DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '../test/fixtures/read');

// A fixed date keeps the files byte for byte the same on every run.
const CREATED = new Date(Date.UTC(2025, 2, 12, 8, 0, 0));

/** The minutes. `|` marks where a long word may be hyphenated at a line end in the PDF. */
export const MINUTES = {
  preamble: ['Ljusnanrådet', 'SAMMANTRÄDESPROTOKOLL', 'Styrelsen Kommunsamverkan Ljusnan ek för', '769699-0123'],
  header: [
    ['Plats och tid', ['Forsbacka gård, Järvsö, onsdag den 12 mars 2025 kl 09:00-15:30']],
    ['Paragrafer', ['§§ 101-108']],
    [
      'Beslutande',
      [
        'Åsa Öberg (S), Ljusdals kommun',
        'Göran Älvdal (C), Ovanåkers kommun',
        'Märta Ståhl (M), Bollnäs kommun',
        'Jörgen Fåhraeus (V), Söderhamns kommun',
        'Kerstin Bäck (S), Hudiksvalls kommun (ersättare för Olle Ryd)',
      ],
    ],
    ['Övriga deltagare', ['Lärke Sjöö, kanslichef', 'Mårten Öhrn, Bollnäs kommun']],
    ['Utses att justera', ['Göran Älvdal (C), Ovanåkers kommun']],
  ],
  paragraphs: [
    {
      heading: '§ 101 Mötets öppnande',
      body: ['Ordförande Åsa Öberg hälsade alla välkomna och förklarade mötet öppnat.'],
    },
    {
      heading: '§ 102 Val av justerare',
      body: [
        'Göran Älvdal utsågs att justera dagens protokoll.',
        'Protokollet ska justeras senast onsdagen den 19 mars klockan 12.',
      ],
    },
    { heading: '§ 103 Godkännande av dagordning', body: ['Dagordningen godkändes utan ändringar.'] },
    {
      heading: '§ 104 Uppföljning av handlingsprogrammet (U)',
      body: [
        'Lärke Sjöö gick igenom hur arbetet med handlings|programmet går i kommun|erna. Flera av aktivi|teterna har kommit längre än väntat, medan andra har fått vänta på grund av personal|brist. Rådet diskuterade särskilt hur kompetens|försörjningen inom äldre|omsorgen kan stärkas genom gemensamma utbildnings|insatser och hur kommunerna kan dela på specialist|kompetens utan att någon av dem förlorar sin egen förmåga.',
        {
          table: [
            ['Utvecklingsområde', 'Aktivitet', 'Ansv', 'Klart', 'Anmärkning'],
            ['Besöksnäring', 'Gemensam karta', 'Lärke Sjöö', 'Pågår', 'Klar i maj'],
            ['Kompetens', 'Praktikplatser', 'Mårten Öhrn', 'Klart', 'Tolv platser'],
            ['Digitalisering', 'E-arkiv', 'Kanslichef', 'Avvaktar', 'Väntar på avtal'],
          ],
        },
        'Beslut: Rådet noterar informationen och lägger den till handlingarna.',
      ],
    },
    {
      heading: '§ 105 Gemensam e-tjänst för bygglov (B)',
      body: [
        'Kommunerna har under hösten undersökt om en gemensam e-tjänst för bygglov skulle kunna minska handläggnings|tiderna. Förslaget innebär att kommun|erna delar på kostnaden efter invånar|antal och att Bollnäs kommun är värd för tjänsten under de första tre åren.',
        'Beslut: Förslaget bifalls. Kommuncheferna får i uppdrag att ta fram en tidplan till den 14 maj.',
      ],
    },
    {
      heading: '§ 106 Sammanträdesplan 2026 (B)',
      body: [
        'Ljusnanrådet föreslås sammanträda följande datum 2026:',
        'Fredag 23 januari',
        'Fredag 20 mars',
        'Fredag 22 maj',
        'Fredag 18 september',
        'Beslut: Sammanträdesplanen fastställs.',
      ],
    },
    {
      heading: '§ 107 Nästa möte',
      body: ['Nästa möte äger rum den 14 maj 2025 kl 09:00-12:00 i Edsbyn, Ovanåkers kommun.'],
    },
    {
      heading: '§ 108 Mötets avslutande',
      body: ['Ordförande tackade för ett givande möte och förklarade mötet avslutat.'],
    },
  ],
};

const plain = (s) => s.replaceAll('|', '');
const SIGNATURES = ['Ordförande', 'Justerande', 'Utdragsbestyrkande'];

/** The reference: the seeds' plain-text layout (001), one paragraph per line, tables tab-separated. */
export function minutesText(m = MINUTES) {
  const lines = [...m.preamble, ''];
  for (const [label, values] of m.header) lines.push(label, ...values, '');
  for (const p of m.paragraphs) {
    lines.push(p.heading, '');
    for (const b of p.body) {
      if (typeof b === 'string') lines.push(plain(b), '');
      else lines.push(...b.table.map((row) => row.join('\t')), '');
    }
    lines.push(...SIGNATURES, '');
  }
  return `${lines.join('\n')}\n`;
}

// --- PDF -----------------------------------------------------------------------------------------

const PAGE = { width: 595.28, height: 841.89, left: 70, right: 70, top: 60, bottom: 190 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Lays the minutes out on pages: a list of drawing steps per page, so the page count is known before drawing. */
function layoutPdf(doc, m) {
  const pages = [[]];
  const bodyTop = PAGE.top + 62;
  let y = bodyTop;
  const page = () => pages[pages.length - 1];
  const newPage = () => {
    pages.push([]);
    y = bodyTop;
  };
  const room = (h) => {
    if (y + h > PAGE.height - PAGE.bottom - 30) newPage();
  };
  const textAt = (text, x, font, size) => page().push({ text, x, y, font, size });
  // The two-column header block on page 1.
  for (const [label, values] of m.header) {
    room(14 * values.length + 8);
    textAt(label, PAGE.left, 'Helvetica-Bold', 10.5);
    for (const v of values) {
      textAt(v, PAGE.left + 130, 'Helvetica', 10.5);
      y += 14;
    }
    y += 8;
  }
  y += 10;
  for (const p of m.paragraphs) {
    room(60);
    textAt(p.heading, PAGE.left, 'Helvetica-Bold', 12.5);
    y += 22;
    for (const b of p.body) {
      if (typeof b === 'string') {
        doc.font('Helvetica').fontSize(10.5);
        for (const line of wrap(doc, b, TEXT_WIDTH)) {
          room(14);
          textAt(line, PAGE.left, 'Helvetica', 10.5);
          y += 14;
        }
        y += 8;
      } else {
        const columns = [0, 110, 215, 300, 365];
        b.table.forEach((row, r) => {
          room(15);
          row.forEach((cell, c) => {
            textAt(cell, PAGE.left + (columns[c] ?? 0), r === 0 ? 'Helvetica-Bold' : 'Helvetica', 9.5);
          });
          y += 15;
        });
        y += 8;
      }
    }
    y += 10;
  }
  return pages;
}

/** Word wrap with the font's metrics; a word with `|` is hyphenated there when it does not fit. */
function wrap(doc, text, width) {
  const lines = [];
  let line = '';
  const fits = (s) => doc.widthOfString(s) <= width;
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${plain(word)}` : plain(word);
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    const parts = word.split('|');
    let head = '';
    let cut = 0;
    for (let i = 1; i < parts.length; i++) {
      const h = parts.slice(0, i).join('');
      if (fits(`${line} ${h}-`)) {
        head = h;
        cut = i;
      }
    }
    if (head) {
      lines.push(`${line} ${head}-`);
      line = parts.slice(cut).join('');
    } else {
      if (line) lines.push(line);
      line = plain(word);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function pdfBytes(build, options = {}) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: CREATED }, ...options });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    build(doc);
    doc.end();
  });
}

/** Draws the minutes: page header and foot on every page, then the laid-out text. */
export function drawMinutes(doc, m = MINUTES) {
  const pages = layoutPdf(doc, m);
  pages.forEach((steps, i) => {
    doc.addPage({ margin: 0 });
    const [name, kind, organisation, orgNumber] = m.preamble;
    doc.font('Helvetica-Bold').fontSize(13).text(name, PAGE.left, PAGE.top, { lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .text(`Sida ${i + 1} (${pages.length})`, PAGE.width - PAGE.right - 70, PAGE.top + 2, {
        width: 70,
        align: 'right',
        lineBreak: false,
      });
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(kind, PAGE.left, PAGE.top + 17, { lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .text(organisation, PAGE.left, PAGE.top + 31, { lineBreak: false });
    doc.text(orgNumber, PAGE.left, PAGE.top + 43, { lineBreak: false });
    for (const s of steps) doc.font(s.font).fontSize(s.size).text(s.text, s.x, s.y, { lineBreak: false });
    const foot = PAGE.height - PAGE.bottom + 120;
    doc.font('Helvetica').fontSize(9);
    SIGNATURES.forEach((label, c) => {
      doc.text(label, PAGE.left + c * 170, foot, { lineBreak: false });
    });
  });
}

/** A tiny greyscale PNG: the "scan" of a page (stripes where the text would be). */
export function stripesPng(width = 60, height = 80) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1);
    for (let x = 0; x < width; x++) row[x + 1] = y % 6 < 2 && x > 5 && x < width - 5 ? 40 : 250;
    rows.push(row);
  }
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- DOCX ----------------------------------------------------------------------------------------

function cellOf(paragraphs, bold = false) {
  return new TableCell({
    children: paragraphs.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] })),
  });
}

export function minutesDocx(m = MINUTES) {
  const [name, kind, organisation, orgNumber] = m.preamble;
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(name)] }),
    new Paragraph({ children: [new TextRun({ text: kind, bold: true })] }),
    new Paragraph(organisation),
    new Paragraph(orgNumber),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: m.header.map(([label, values]) => new TableRow({ children: [cellOf([label], true), cellOf(values)] })),
    }),
  ];
  for (const p of m.paragraphs) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(p.heading)] }));
    for (const b of p.body) {
      if (typeof b === 'string') children.push(new Paragraph(plain(b)));
      else
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: b.table.map((row, r) => new TableRow({ children: row.map((c) => cellOf([c], r === 0)) })),
          }),
        );
    }
  }
  const doc = new Document({
    creator: 'Sammanträde fixtures',
    title: `${name} ${kind}`,
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`${name} ${kind}`)] })],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph(SIGNATURES.join('    '))] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// --- Writing ---------------------------------------------------------------------------------------

async function main() {
  mkdirSync(out, { recursive: true });
  const write = (name, bytes) => {
    writeFileSync(join(out, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  };
  write('ljusnan-protokoll.txt', minutesText());
  const pdf = await pdfBytes((doc) => drawMinutes(doc));
  write('ljusnan-protokoll.pdf', pdf);
  write('ljusnan-protokoll.docx', await minutesDocx());
  write(
    'scanned.pdf',
    await pdfBytes((doc) => {
      doc.addPage({ margin: 0 });
      doc.image(stripesPng(), 40, 40, { width: 515 });
    }),
  );
  write(
    'encrypted.pdf',
    await pdfBytes((doc) => drawMinutes(doc), {
      userPassword: 'hemligt',
      ownerPassword: 'hemligare',
      pdfVersion: '1.7',
    }),
  );
  write('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)));
  write('image-named.pdf', stripesPng());
  write('text-named.pdf', Buffer.from('Det här är ingen PDF, bara text med fel filändelse.\n', 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
