import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RecordKind, recordSchemas, toJsonSchema } from '../model/json-schema.js';
import { writeFileAtomic } from './write.js';

/** One record file as last read: its size and time, and the record it held (valid, with defaults). */
export interface CachedFile {
  size: number;
  mtimeMs: number;
  kind: RecordKind;
  record: unknown;
}

interface CacheFile {
  format: string;
  files: Record<string, CachedFile>;
}

/**
 * The cache lives beside the calendar state, in the archive's hidden `.sammantrade/` folder. It only
 * ever saves parsing: a file whose size or time changed is read again, and the cross-record checks
 * run on every load.
 */
const CACHE = join('.sammantrade', 'archive-cache.json');

let fingerprint: string | undefined;
/** Changes whenever the model does, so records parsed by an older version are never reused. */
function format(): string {
  if (!fingerprint) {
    const text = JSON.stringify(Object.keys(recordSchemas).map((k) => toJsonSchema(k as RecordKind)));
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    fingerprint = `sammantrade-archive-cache/1/${(h >>> 0).toString(36)}`;
  }
  return fingerprint;
}

/** The cached files of an archive; empty when there is no cache, or one of another version. */
export async function readCache(dir: string): Promise<Map<string, CachedFile>> {
  try {
    const data = JSON.parse(await readFile(join(dir, CACHE), 'utf8')) as CacheFile;
    if (data.format !== format() || typeof data.files !== 'object') return new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return new Map();
  }
}

/** Saves the cache; a read-only archive simply goes without one. */
export async function writeCache(dir: string, files: Map<string, CachedFile>): Promise<void> {
  const data: CacheFile = { format: format(), files: Object.fromEntries(files) };
  await writeFileAtomic(join(dir, CACHE), JSON.stringify(data), { overwrite: true }).catch(() => {});
}
