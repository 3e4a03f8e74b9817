/**
 * @sammantrade/core/node: the Node-only helpers, reading an archive folder and writing files atomically.
 * @packageDocumentation
 */

export type { ArchiveCheck } from './archive/load.js';
export { checkArchive, loadArchive } from './archive/load.js';
export type { WatchOptions } from './archive/watch.js';
export { watchArchive } from './archive/watch.js';
export type { WriteOptions } from './archive/write.js';
export { saveRecord, writeFileAtomic, writeSchemas } from './archive/write.js';
export { kindOfEntry, outputTarget, readRegularFile } from './node/files.js';
