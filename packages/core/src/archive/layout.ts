import type { RecordKind } from '../model/json-schema.js';

/** The folder of an archive that holds each record kind. Files elsewhere (original documents) are left alone. */
export const RECORD_FOLDERS: Readonly<Record<RecordKind, string>> = {
  body: 'bodies',
  meeting: 'meetings',
  schedule: 'schedules',
  programme: 'programmes',
};

/** The folder in an archive holding the JSON Schemas its files point editors at. */
export const SCHEMA_FOLDER = 'schema';

/** The record kind a path relative to the archive holds, from its first folder; undefined for other files. */
export function kindOfPath(relativePath: string): RecordKind | undefined {
  if (!/\.ya?ml$/i.test(relativePath)) return undefined;
  const top = relativePath.split('/')[0];
  for (const [kind, folder] of Object.entries(RECORD_FOLDERS)) if (folder === top) return kind as RecordKind;
  return undefined;
}

/** Where a record is kept, relative to the archive: `meetings/<body>/<id>.yaml` and so on. */
export function recordPath(kind: RecordKind, record: { id?: string; body?: string; year?: number }): string {
  switch (kind) {
    case 'body':
      return `bodies/${record.id}.yaml`;
    case 'meeting':
      return `meetings/${record.body}/${record.id}.yaml`;
    case 'schedule':
      return `schedules/${record.body}/${record.year}.yaml`;
    case 'programme':
      return `programmes/${record.id}.yaml`;
  }
}

/** The relative path from a record file to its kind's JSON Schema, for the `$schema` comment. */
export function schemaPathFor(kind: RecordKind, relativePath: string): string {
  const depth = relativePath.split('/').length - 1;
  return `${'../'.repeat(depth)}${SCHEMA_FOLDER}/${kind}.schema.json`;
}
