import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasShared, missingShared } from '../../../../tests/shared.js';
import type { ParsedDocument } from '../../src/parse/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { readDocument } from '../../src/read/document.js';
import { SEEDS_DIR, seedText } from '../seeds/seeds.js';

/**
 * A seed turned into Word by pandoc and that Word file into PDF by LibreOffice, as a secretary's old
 * minutes often are: the conversions join the head's lines into one paragraph and glue words where bold
 * text ended ("HälsingerådetSAMMANTRÄDESPROTOKOLLStyrelsen"). The head must read the same as the text.
 */

const which = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const tools = which('pandoc') && which('soffice');
const seeds = hasShared('seeds');
const missing = !seeds
  ? missingShared('seeds')
  : 'needs pandoc and LibreOffice (soffice) on the PATH; .ci/run installs them';

/** The facts of a record's head, which the conversions must keep. */
function head(doc: ParsedDocument) {
  return {
    kind: doc.kind,
    body: doc.body,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    location: doc.location,
    paragraphRange: doc.paragraphRange,
    participants: doc.participants
      .map((p) => `${p.name}: ${p.roles.slice().sort().join(', ')}${p.party ? ` (${p.party})` : ''}`)
      .sort(),
    adjustment: doc.adjustment,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sammantrade-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(tools && seeds)('seeds converted to Word and PDF', () => {
  it.each(['000', '003'])(
    'seed %s reads the same head from its text, its Word file and its PDF',
    async (prefix) => {
      const { name, text } = seedText(prefix);
      const expected = head(parseDocument(text, { file: name }));
      const docx = join(dir, `${prefix}.docx`);
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', join(SEEDS_DIR, name), '-o', docx], { stdio: 'pipe' });
      execFileSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, docx],
        {
          stdio: 'pipe',
          timeout: 180_000,
        },
      );
      for (const file of [docx, join(dir, `${prefix}.pdf`)]) {
        const read = await readDocument(new Uint8Array(readFileSync(file)), { file });
        const doc = parseDocument(read.text, { file, ...(read.pages ? { pages: read.pages } : {}) });
        expect(head(doc), file).toEqual(expected);
      }
    },
    300_000,
  );
});

describe.skipIf(tools && seeds)('seeds converted to Word and PDF', () => {
  it.skip(missing, () => {});
});
