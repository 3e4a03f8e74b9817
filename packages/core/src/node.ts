/**
 * @sammantrade/core/node: what needs the file system. Reading (through a per-record cache), checking,
 * watching and writing an archive folder, and the use-cases the apps share: importing documents, reading a
 * document file, following a live archive, showing an error.
 * @packageDocumentation
 */

export type { ArchiveCheck } from './archive/load.js';
export { checkArchive, loadArchive } from './archive/load.js';
export type { ArchiveWatcher, WatchOptions } from './archive/watch.js';
export { watchArchive } from './archive/watch.js';
export type { WriteOptions } from './archive/write.js';
export { saveRecord, writeFileAtomic, writeSchemas } from './archive/write.js';
export { formatError } from './errors.js';
export { kindOfEntry, outputTarget, readRegularFile } from './node/files.js';
export type { ImportOptions, ImportResult } from './node/import.js';
export { importDocuments, listDocuments } from './node/import.js';
export type {
  ArchiveOverview,
  ArchiveParts,
  KeptPart,
  LiveArchive,
  LiveArchiveOptions,
  PartOptions,
  RevisionStore,
} from './node/live.js';
export { openLiveArchive } from './node/live.js';
export { isDatabaseLocation, loadArchiveAt, openArchive, redactUrl } from './node/location.js';
export type { PrepareOptions, PreparePass } from './node/prepare.js';
export { prepareInThread } from './node/prepare.js';
export type { PrepareBodies } from './node/prepare-thread.js';
export type { DocumentFile, ReadDocumentFileOptions } from './node/read-file.js';
export { readDocumentFile } from './node/read-file.js';
export { lowerThisThread } from './node/thread-priority.js';
export { recoverImport } from './node/transaction.js';
