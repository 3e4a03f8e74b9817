import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkArchive } from '../../src/archive/load.js';
import { loadQuickly, parseRecordYaml, stringifyRecordYaml } from '../../src/archive/yaml.js';
import { type RecordKind, recordSchemas } from '../../src/model/json-schema.js';
import { body, makeArchive, meeting } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../../examples/samverkan', import.meta.url));
const KIND: Record<string, RecordKind> = {
  bodies: 'body',
  meetings: 'meeting',
  schedules: 'schedule',
  programmes: 'programme',
};

/** The sample archive's record files, each with its kind. */
function sampleFiles(): { kind: RecordKind; text: string }[] {
  const out: { kind: RecordKind; text: string }[] = [];
  const walk = (dir: string, kind: RecordKind) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, kind);
      else if (name.endsWith('.yaml')) out.push({ kind, text: readFileSync(path, 'utf8') });
    }
  };
  for (const [folder, kind] of Object.entries(KIND)) walk(join(SAMPLE, folder), kind);
  return out;
}

/** What the `yaml` library (the reference) makes of a record file: the record, or nothing. */
function reference(text: string, kind: RecordKind): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true });
  if (doc.errors.length) return undefined;
  try {
    const result = recordSchemas[kind].safeParse(doc.toJS({ maxAliasCount: 100 }));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

describe('reading record files', () => {
  it('keeps dates, month-days and times as the strings they are', () => {
    const text = `${meeting.replace('start: "09:00"', 'start: 09:00')}nextMeeting:\n  date: --01-19\n  start: 13:00\n`;
    const parsed = parseRecordYaml(text, 'meeting');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.record).toMatchObject({
      id: '2023-10-11',
      date: '2023-10-11',
      start: '09:00',
      nextMeeting: { date: '--01-19', start: '13:00' },
    });
    expect(parsed.record).toEqual(reference(text, 'meeting'));
  });

  it('reads a file that asks for YAML 1.1 the way the yaml library does: 09:00 is then a number', () => {
    const parsed = parseRecordYaml(`%YAML 1.1\n---\n${meeting.replace('start: "09:00"', 'start: 09:00')}`, 'meeting');
    expect(parsed.record).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${d.line}: ${d.message}`)).toContain(
      '8: start: expected string, got number 540',
    );
  });

  it('gives every sample file the record the yaml library gives', () => {
    for (const { kind, text } of sampleFiles()) {
      expect(loadQuickly(text)).toBeDefined();
      expect(parseRecordYaml(text, kind).record).toEqual(reference(text, kind));
    }
  });

  it('refuses an alias bomb with its file and line, and goes on with the other files', async () => {
    const bomb = `id: bomb\nname: Bomb\ndescription: x\nmembers: &a [x, x, x, x, x, x, x, x, x, x]\nrules: &b { a: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a] }\n${Array.from(
      { length: 6 },
      (_, i) =>
        `k${i}: &k${i} [${Array(10)
          .fill(i ? `*k${i - 1}` : '*b')
          .join(', ')}]`,
    ).join('\n')}\n`;
    const dir = await makeArchive({ 'bodies/bomb.yaml': bomb, 'bodies/halsingeradet.yaml': body });
    const { diagnostics, archive } = await checkArchive(dir);
    expect(archive).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        file: `${dir}/bodies/bomb.yaml`,
        line: 5,
        message: 'YAML: aliases (*name) expand to more than 100 copies; write the values out instead',
        code: 'yaml-aliases',
        args: { max: 100 },
      },
    ]);
  });

  it('agrees with the yaml library on every damaged file it accepts (property)', () => {
    const files = sampleFiles();
    const pieces = [':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '\n', ' ', '\t', '\r'];
    pieces.push('0', 'x', ',', '?', '%', '@', '\\', '.', '~', 'ä', '\u2028', '\uFEFF', '0x', '0o', '.5', 'e3');
    pieces.push('null', 'true', '---', '...', '<<', '%YAML 1.1\n', '!!str ', '!!int ', '&a ', '*a');
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          const { kind, text: original } = files[which] as { kind: RecordKind; text: string };
          let text = original;
          for (const [at, cut, piece] of edits) {
            const p = at % (text.length + 1);
            text = text.slice(0, p) + piece + text.slice(p + cut);
          }
          const parsed = parseRecordYaml(text, kind);
          expect(parsed.record).toEqual(reference(text, kind));
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('agrees with the yaml library on any text the record writer writes (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (name, description, members) => {
        const yaml = stringifyRecordYaml({ id: 'x', name, description, members, rules: {} });
        expect(parseRecordYaml(yaml, 'body').record).toEqual(reference(yaml, 'body'));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
