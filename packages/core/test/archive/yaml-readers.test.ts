import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringifyRecordYaml } from '../../src/archive/yaml.js';

// PyYAML reads YAML 1.1, where 15:00 is the number 900, 2024-03-20 a date and "no" false. Records
// must read the same there as in our own (1.2) reader. CI installs Debian's python3-yaml; locally the
// test skips with one line when it is missing.
const SAMPLE = fileURLToPath(new URL('../../../../examples/samverkan', import.meta.url));
const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
const suite = hasPyYaml || process.env.CI ? describe : describe.skip;

/** What PyYAML makes of each text, as JSON (a date object would fail json.dumps: a test failure, as it should be). */
function pyYaml(texts: readonly string[]): unknown[] {
  const script =
    'import json, sys, yaml\nprint(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)], ensure_ascii=False))';
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr.trim().split('\n').pop());
  return JSON.parse(run.stdout) as unknown[];
}

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...(await yamlFiles(path)));
    else if (entry.name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

suite(`records read the same in PyYAML${hasPyYaml ? '' : ' (skipped: python3 with yaml is missing; apt-get install python3-yaml)'}`, () => {
  it('quotes times, dates and words YAML 1.1 would read as numbers, dates or booleans', () => {
    const record = {
      id: '2024-03-20',
      date: '2024-03-20',
      time: { start: '09:00', end: '15:00' },
      notes: ['no', 'yes', 'on', 'off', '~', '012', '1e3', '--01-19', '15:00–16:00', 'null'],
      paragraphs: [{ number: 3, title: 'Ja' }],
    };
    const text = stringifyRecordYaml(record);
    expect(text).toContain('start: "09:00"');
    expect(pyYaml([text])).toEqual([record]);
  });

  it('reads every record of the sample archive, rewritten, as our reader does', async () => {
    const files = await yamlFiles(SAMPLE);
    expect(files.length).toBeGreaterThan(3);
    const texts = await Promise.all(
      files.map(async (f) => stringifyRecordYaml(parse(await readFile(f, 'utf8')) as unknown)),
    );
    const read = pyYaml(texts);
    texts.forEach((text, i) => {
      expect(read[i], relative(SAMPLE, files[i] as string)).toEqual(parse(text));
    });
  });
});
