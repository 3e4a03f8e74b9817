import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type RecordKind, recordSchemas, toJsonSchema } from './json-schema.js';
import { isIsoDate } from './primitives.js';

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

describe('dates in the published schema', () => {
  const meeting = toJsonSchema('meeting') as { properties: { date: { pattern: string; format?: string } } };
  const pattern = new RegExp(meeting.properties.date.pattern);

  it('rejects impossible dates, as the model does', () => {
    expect(meeting.properties.date.format).toBe('date');
    expect(pattern.test('2023-10-32')).toBe(false);
    expect(pattern.test('2023-02-29')).toBe(false);
    expect(pattern.test('2024-02-29')).toBe(true);
    for (const year of ['1900', '2000', '2023', '2024', '2100']) {
      for (let month = 1; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(pattern.test(date), date).toBe(isIsoDate(date));
        }
      }
    }
  });
});
