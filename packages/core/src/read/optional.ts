import { fault, type SammantradeError } from '../errors.js';

/**
 * The PDF and Word readers' libraries are optional peer dependencies of @sammantrade/core: large
 * (pdfjs-dist is some 40 MB) and needed only to import documents, so a tool that only uses the model
 * does not install them. When one is missing, reading a file of its kind fails with one line saying
 * what to install.
 */

/** The optional packages, by what they read. */
export const OPTIONAL_READERS = {
  pdf: { packages: ['pdfjs-dist'], what: 'PDF files' },
  docx: { packages: ['mammoth', 'yauzl'], what: 'Word documents' },
} as const;

/** True for the error Node gives when `pkg` itself (not something inside it) cannot be found. */
export function isMissingPackage(error: unknown, pkg: string): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' ||
      e?.code === 'MODULE_NOT_FOUND' ||
      /Cannot find (package|module)/.test(e?.message ?? '')) &&
    (e?.message ?? '').includes(`'${pkg}`)
  );
}

/** The one-line error for a reader whose packages are not (all) installed. */
export function missingReader(kind: keyof typeof OPTIONAL_READERS, file: string, cause?: unknown): SammantradeError {
  const { packages } = OPTIONAL_READERS[kind];
  const args = { file, kind, packages: packages.join(' ') };
  return fault('MISSING_DEPENDENCY', 'missing-reader', args, cause === undefined ? {} : { cause });
}
