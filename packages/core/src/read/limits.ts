/**
 * How much reading one document may cost. The defaults are far above what real minutes need (a
 * 200-page PDF reads in about a second with some tens of MB; a Word file of minutes unpacks to a few
 * MB), and far below what brings a machine down (a 1 MB Word file unpacking to 300 MB took 4.5 GB; a
 * PDF declaring 50,000 pages ran for minutes).
 */
export interface ReadLimits {
  /** Pages a PDF may have. Default 2,000. */
  maxPages: number;
  /** Processor seconds reading one document may take. Default 120. */
  maxSeconds: number;
  /** Processor seconds one page of a PDF may take. Default 3 (real pages take milliseconds). */
  maxSecondsPerPage: number;
  /** Megabytes of memory reading one document may take. Default 256. */
  maxMemoryMb: number;
  /** Bytes a Word document may unpack to, all its parts together. Default 256 MB. */
  maxUnpackedBytes: number;
  /** Bytes one part of a Word document (its text, an image) may unpack to. Default 64 MB. */
  maxPartBytes: number;
  /** Parts a Word document may have. Default 10,000. */
  maxParts: number;
}

/** The limits used where none are given. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxPages: 2000,
  maxSeconds: 120,
  maxSecondsPerPage: 3,
  maxMemoryMb: 256,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxParts: 10_000,
});

/** `given` over the defaults; a value that is not a positive number is a programming error. */
export function readLimits(given: Partial<ReadLimits> = {}): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits))
    if (!(typeof value === 'number' && value > 0)) throw new RangeError(`read limit ${name}: not a positive number`);
  return limits;
}

/** Bytes as people read them: "300.0 MB", "64 KB". */
export const showBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
