/**
 * What a file is, by its first bytes (magic numbers), not by its name: PDF, a Word document
 * (a ZIP holding `word/document.xml`), or something else the readers name in their errors.
 */

/** The formats the readers tell apart. Only `pdf`, `docx` and `text` are read; the others are refused. */
export type DetectedFormat = 'pdf' | 'docx' | 'zip' | 'doc' | 'image' | 'binary' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: ascii('GIF8') },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** True when `needle` occurs in `bytes` (a ZIP's entry names are stored as plain bytes). */
function includesBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first as number); i !== -1; i = bytes.indexOf(first as number, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/** The file's format and, for an image, its kind ("PNG"). A PDF may start after a little junk, as readers allow. */
export function detectFormat(bytes: Uint8Array): { format: DetectedFormat; kind?: string } {
  if (startsWith(bytes, PDF)) return { format: 'pdf' };
  if (startsWith(bytes, ZIP)) return { format: includesBytes(bytes, ascii('word/document.xml')) ? 'docx' : 'zip' };
  if (startsWith(bytes, OLE)) return { format: 'doc' };
  for (const image of IMAGES) if (startsWith(bytes, image.magic)) return { format: 'image', kind: image.name };
  // PDF readers accept a header within the first 1,024 bytes.
  const head = bytes.subarray(0, 1024);
  if (includesBytes(head, PDF)) return { format: 'pdf' };
  return { format: bytes.subarray(0, 8192).includes(0) ? 'binary' : 'text' };
}
