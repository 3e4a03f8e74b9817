import type yauzl from 'yauzl';
import { fault, type SammantradeError } from '../errors.js';
import { type ReadLimits, showBytes } from './limits.js';
import { isMissingPackage, missingReader } from './optional.js';

/** yauzl, loaded when the first Word document comes (an optional peer dependency). */
async function loadYauzl(file: string): Promise<typeof yauzl> {
  try {
    return (await import('yauzl')).default;
  } catch (error) {
    throw isMissingPackage(error, 'yauzl') ? missingReader('docx', file, error) : error;
  }
}

/**
 * Checks a Word file (a ZIP) before anything unpacks it: the number of parts and the sizes its
 * central directory declares, then every part inflated once, counting and discarding the bytes, so a
 * part that unpacks to more than it declares is stopped there (yauzl checks each entry against its
 * declared size as it streams). A zip bomb is refused in milliseconds with one line naming the limit.
 */
export async function checkZipSizes(
  bytes: Uint8Array,
  file: string,
  limits: Pick<ReadLimits, 'maxUnpackedBytes' | 'maxPartBytes' | 'maxParts'>,
): Promise<void> {
  const damaged = (error: unknown) =>
    fault(
      'PARSE',
      'word-damaged',
      { file, detail: (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '' },
      { cause: error },
    );
  const unzip = await loadYauzl(file);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    unzip.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, z) =>
      error || !z ? reject(damaged(error)) : resolve(z),
    ),
  );
  if (zip.entryCount > limits.maxParts)
    throw fault('TOO_LARGE', 'word-parts', { file, parts: zip.entryCount, limit: limits.maxParts });
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: SammantradeError) => {
      zip.close();
      reject(error);
    };
    zip.on('error', (error) => fail(damaged(error)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName.replace(/[^\x20-\x7e]/g, '?');
      if (entry.uncompressedSize > limits.maxPartBytes)
        return fail(
          fault('TOO_LARGE', 'word-part-size', {
            file,
            name,
            size: showBytes(entry.uncompressedSize),
            limit: showBytes(limits.maxPartBytes),
          }),
        );
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes)
        return fail(fault('TOO_LARGE', 'word-unpacked', { file, limit: showBytes(limits.maxUnpackedBytes) }));
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(damaged(error));
        stream.on('data', () => undefined); // counted by yauzl against the declared size, then dropped
        stream.on('error', (e) =>
          fail(/too many bytes/i.test(e.message) ? fault('TOO_LARGE', 'word-zip-bomb', { file, name }) : damaged(e)),
        );
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
}
