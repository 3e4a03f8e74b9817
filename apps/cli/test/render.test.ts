import type { Report } from '@sammantrade/core';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../src/render/csv.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** A report whose title, note, text cells and two-language cells all carry control characters. */
const HOSTILE: Report = {
  kind: 'test',
  title: { sv: 'Ärenden\u001b[2J', en: 'Cases\u001b[2J' },
  tables: [
    {
      columns: [
        { key: 'text', label: { sv: 'Rubrik', en: 'Title' }, type: 'text' },
        { key: 'note', label: { sv: 'Anmärkning', en: 'Remark' }, type: 'text' },
      ],
      rows: [
        {
          text: 'Budget\u0000 2024\u009b31m',
          note: { sv: 'möjligen § 758\u0007 Budget', en: 'possibly § 758\u0007 Budget' },
        },
        { text: 'plain', note: { sv: '\u0000=1+1', en: '\u0000=1+1' } },
      ],
    },
  ],
  notes: [{ sv: 'Källa: Rådet\u001b]0;x\u0007', en: 'Source: the council\u001b]0;x\u0007' }],
};

describe('report writers', () => {
  const outputs = (lang: 'sv' | 'en') => ({
    table: renderText(HOSTILE, lang),
    md: renderMarkdown(HOSTILE, lang),
    csv: renderCsv(HOSTILE, lang, { separator: ';' }),
    html: renderHtml(HOSTILE, lang, '2024-01-10'),
  });

  it('show two-language cells in the report language, in every format', () => {
    for (const [format, text] of Object.entries(outputs('sv'))) {
      expect(text, format).toMatch(/möjligen § 758 Budget/);
      expect(text, format).not.toMatch(/possibly/);
    }
    for (const [format, text] of Object.entries(outputs('en'))) expect(text, format).toMatch(/possibly § 758 Budget/);
  });

  it('leave every control character out, of titles, notes, text cells and two-language cells alike', () => {
    for (const lang of ['sv', 'en'] as const)
      for (const [format, text] of Object.entries(outputs(lang))) {
        expect(text, `${format} ${lang}`).not.toMatch(CONTROL);
        expect(text, `${format} ${lang}`).toMatch(/Budget 2024/);
      }
  });

  it('defuse a two-language cell that turns into a formula once its control characters are gone', () => {
    expect(renderCsv(HOSTILE, 'sv', { separator: ';' })).toMatch(/;'=1\+1\r\n/);
  });
});
