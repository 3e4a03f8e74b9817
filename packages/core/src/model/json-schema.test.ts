import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type RecordKind, recordSchemas, toJsonSchema } from './json-schema.js';

const kinds = Object.keys(recordSchemas) as RecordKind[];

describe('toJsonSchema', () => {
  it.each(kinds)('describes a %s as a draft 2020-12 object schema', (kind) => {
    const schema = toJsonSchema(kind) as {
      $schema: string;
      type: string;
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).length).toBeGreaterThan(2);
  });

  it('keeps defaults optional, since people write the input form', () => {
    const meeting = toJsonSchema('meeting') as { required: string[] };
    expect(meeting.required).toEqual(expect.arrayContaining(['id', 'body', 'kind', 'status']));
    expect(meeting.required).not.toContain('participants');
  });

  it.each(kinds)('the published schema/%s.schema.json is up to date (run pnpm build)', async (kind) => {
    const file = new URL(`../../schema/${kind}.schema.json`, import.meta.url);
    const published = JSON.parse(await readFile(file, 'utf8'));
    expect(published).toEqual(toJsonSchema(kind));
  });
});
