import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fault, SammantradeError } from '../errors.js';
import { type RecordKind, recordSchemas, toJsonSchema } from '../model/json-schema.js';
import { mb, outputTarget, tooLarge } from '../node/files.js';
import { escapeControlChars } from '../text/control.js';
import { recordPath, SCHEMA_FOLDER, schemaPathFor } from './layout.js';
import { MAX_RECORD_BYTES, stringifyRecordYaml } from './yaml.js';

/** Options for {@link writeFileAtomic}. */
export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an `EXISTS` error and stays untouched. */
  overwrite?: boolean;
}

/** Byte arrays per write call: well under the IOV_MAX of every system (1024 on Linux). */
const WRITEV_MAX = 512;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the data goes to
 * a temporary file beside the target, is flushed, then renamed (or hard-linked, when not overwriting,
 * so that a file created meanwhile is never replaced). Only regular files are written: a folder, a
 * FIFO, a device or a socket is refused, `overwrite` or not; a symbolic link to a regular file in a
 * writable folder has that file replaced (the link stays), see {@link outputTarget}. `data` may be
 * a list of byte arrays, written one after another (without joining them into one first).
 * @throws {SammantradeError} `EXISTS` when the file exists and `overwrite` is not set; `IO` otherwise.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: WriteOptions = {},
): Promise<void> {
  const overwrite = options.overwrite === true;
  const target = await outputTarget(path, overwrite);
  const dir = dirname(target);
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  let placing = false;
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else
        for (let i = 0; i < data.length; i += WRITEV_MAX) {
          const batch = data.slice(i, i + WRITEV_MAX);
          const { bytesWritten } = await handle.writev(batch);
          if (bytesWritten !== batch.reduce((n, b) => n + b.byteLength, 0)) throw new Error('a short write');
        }
      await handle.sync();
    } finally {
      await handle.close();
    }
    placing = true;
    if (overwrite) {
      // Checked again just before: what stands there now must still be what may be replaced.
      if ((await outputTarget(path, overwrite)) !== target) throw new Error('the target changed while writing');
      await rename(temp, target);
    } else {
      await link(temp, target); // fails with EEXIST instead of replacing
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => {});
    if (error instanceof SammantradeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (placing && code === 'EEXIST') {
      throw fault('EXISTS', 'already-exists', { file: escapeControlChars(path) }, { cause: error, wants: 'force' });
    }
    const reason = code ?? (error as Error).message;
    throw fault('IO', 'cannot-write', { file: escapeControlChars(path), reason }, { cause: error });
  }
}

/**
 * Validates a record and writes it to its place in the archive (`meetings/<body>/<id>.yaml` …),
 * with the archive's JSON Schemas beside it so editors can check the file. Returns the path written.
 * @throws {SammantradeError} `INVALID` for a record the schema rejects, `EXISTS` without `overwrite`,
 * `TOO_LARGE` for a record whose file would be larger than the archive reads (`MAX_RECORD_BYTES`).
 */
export async function saveRecord(
  archiveDir: string,
  kind: RecordKind,
  record: unknown,
  options: WriteOptions = {},
): Promise<string> {
  const result = recordSchemas[kind].safeParse(record);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new SammantradeError(
      'INVALID',
      `the ${kind} is not valid: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
    );
  }
  const rel = recordPath(kind, result.data as { id?: string; body?: string; year?: number });
  await writeSchemas(archiveDir);
  const path = join(archiveDir, rel);
  const text = stringifyRecordYaml(result.data, schemaPathFor(kind, rel));
  // Never write what the archive would then refuse to read.
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_RECORD_BYTES) throw tooLarge(path, mb(bytes), MAX_RECORD_BYTES);
  await writeFileAtomic(path, text, options);
  return path;
}

/** Writes (or refreshes) the JSON Schema of every record kind into the archive's `schema/` folder. */
export async function writeSchemas(archiveDir: string): Promise<void> {
  for (const kind of Object.keys(recordSchemas) as RecordKind[]) {
    const text = `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`;
    await writeFileAtomic(join(archiveDir, SCHEMA_FOLDER, `${kind}.schema.json`), text, { overwrite: true });
  }
}
