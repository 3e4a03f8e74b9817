import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParagraphSchema } from '../model/paragraph.js';
import { historyOnce, norm, storeTextOnce } from './text-once.js';

const paragraph = (input: Parameters<typeof ParagraphSchema.parse>[0]) => ParagraphSchema.parse(input);

describe('storeTextOnce', () => {
  it('keeps in the text only what no section, decision or list holds', () => {
    const p = paragraph({
      number: 3,
      title: 'Sammanträdestider 2021',
      text: 'Ärendebeskrivning\n\nEn plan ska upprättas.\n\nFörslag till beslut\n\nDagarna fastställs.\n\nExpedieras till\n\nSekretariatet\n\nBeslutsunderlag\n\n- Sammanträdestider 2021',
      sections: [
        { heading: 'Ärendebeskrivning', text: 'En plan ska upprättas.' },
        { heading: 'Förslag till beslut', text: 'Dagarna fastställs.' },
        { heading: 'Expedieras till', text: 'Sekretariatet' },
        { heading: 'Beslutsunderlag', text: '- Sammanträdestider 2021' },
      ],
      distribution: ['Sekretariatet'],
      documents: ['Sammanträdestider 2021'],
    });
    const once = storeTextOnce(p, { agenda: true });
    expect(once.text).toBeUndefined();
    // An agenda's proposal has no other place; the lists hold distribution and documents.
    expect(once.sections.map((s) => s.heading)).toEqual(['Ärendebeskrivning', 'Förslag till beslut']);
    expect(once.distribution).toEqual(['Sekretariatet']);
  });

  it('moves nothing it cannot place: a decision inside a sentence stays in the text', () => {
    const p = paragraph({
      number: 751,
      title: 'Val av justerare',
      text: 'Anna utsågs att justera.\n\nDet beslutades att justering ska ske inom en vecka.\n\nFörslag till beslut:\n\nAtt bifalla.\n\nStyrelsen biföll förslaget. Bo fick ett uppdrag.',
      sections: [{ heading: 'Förslag till beslut', text: 'Att bifalla.' }],
      decisions: [
        { text: 'Det beslutades att justering ska ske inom en vecka.', outcome: 'other' },
        { text: 'Styrelsen biföll förslaget.', proposal: 'Att bifalla.', outcome: 'approved' },
      ],
    });
    const once = storeTextOnce(p, { agenda: false });
    expect(once.text).toBe('Anna utsågs att justera.\n\nStyrelsen biföll förslaget. Bo fick ett uppdrag.');
    // In minutes the decision holds the proposal it answered; the section would say it again.
    expect(once.sections).toEqual([]);
    expect(once.decisions[1]?.proposal).toBe('Att bifalla.');
  });

  it('removes a decision written over lines of the text, with its heading', () => {
    const once = storeTextOnce(
      paragraph({
        number: 13,
        title: 'Färdtjänst',
        text: 'Frågan togs upp.\nBeslut:\nKanslichefen får i uppdrag\natt ta fram ett underlag.',
        decisions: [{ text: 'Kanslichefen får i uppdrag att ta fram ett underlag.', outcome: 'other' }],
      }),
      { agenda: false },
    );
    expect(once.text).toBe('Frågan togs upp.');
  });

  it('keeps a proposal only where it says something else than the decision', () => {
    const entry = historyOnce({
      date: '2020-02-14',
      paragraph: 8,
      text: 'Sammanfattning\n\nMedel finns kvar.\n\nFörslag till beslut\n\n1. Medlen används.\n\nBeslut\n\n1. Medlen används.',
      decisions: [{ text: 'Medlen används.', point: 1, proposal: 'Medlen används.', outcome: 'approved' }],
    });
    expect(entry.text).toBe('Sammanfattning\n\nMedel finns kvar.');
    expect(entry.decisions[0]).toEqual({ text: 'Medlen används.', point: 1, outcome: 'approved' });
  });
});

describe('norm', () => {
  // The fast path (lower case only) must give what the regular expression gives, for every white space.
  const slow = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const spaces = [' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b'];
  const more = ['\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', 'x', 'Å', '§', '-'];

  it('equals collapsing white space, trimming and lower-casing', () => {
    for (const s of ['', ' ', 'a', ' a', 'a ', 'A  B', 'Beslut', 'Nämnden beslutar att', 'a\nb', 'a\u00a0b'])
      expect(norm(s)).toBe(slow(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces, ...more, 'Ordet', 'ÄR')), (parts) => {
        const s = parts.join('');
        expect(norm(s)).toBe(slow(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(norm(s)).toBe(slow(s));
      }),
    );
  });
});
