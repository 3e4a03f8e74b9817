import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

/**
 * Texts that stop inside a line, as an excerpt of so many bytes or a broken download does, on fixtures
 * written for these tests (invented bodies and names): what reaches the end and may have lost its last
 * letters is left out with a warning; the same text ending with a line break keeps it.
 */

const HEAD = [
  'PROTOKOLL',
  'Kulturnämnden',
  'Sammanträdesdatum 2024-05-14',
  'Plats och tid Kulturhuset, sal Lyran, kl. 13.00-15.00',
  'Beslutande Rut Sandberg (S), ordförande',
  'Nils Åkesson (M)',
];
/** A paragraph complete with its decision. */
const FIRST_PARAGRAPH = ['', '§ 21', 'Val av justerare', 'Beslut', 'Nils Åkesson utses att justera.'];
const parse = (lines: readonly string[]) => parseDocument(lines.join('\n'), { file: 'utdrag.txt' });
const cutWarnings = (doc: ReturnType<typeof parse>) =>
  doc.diagnostics.filter((d) => d.code === 'cut-at-end').map((d) => [d.line, d.message]);
const names = (doc: ReturnType<typeof parse>) => doc.participants.map((p) => p.name);

describe('a text that stops inside a line', () => {
  it('leaves out the person its attendance list stops at, and says so with the last line', () => {
    const doc = parse([...HEAD, 'Ebba Lindqv']);
    expect(names(doc)).toEqual(['Rut Sandberg', 'Nils Åkesson']);
    expect(cutWarnings(doc)).toEqual([
      [7, 'the text ends inside the name "Ebba Lindqv", which may be cut short; it is left out'],
    ]);
  });

  it('keeps the same person where the text ends with a line break: nothing says the name is cut', () => {
    expect(names(parse([...HEAD, 'Ebba Lindqvist', '']))).toContain('Ebba Lindqvist');
  });

  it("leaves out a heading minutes stop at, and keeps the paragraph's number", () => {
    const doc = parse([...HEAD, ...FIRST_PARAGRAPH, '', '§ 22', 'Kulturplan för 20']);
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([
      [21, 'Val av justerare'],
      [22, undefined],
    ]);
    expect(cutWarnings(doc)).toHaveLength(1);
  });

  it('leaves out a decision that stops without its full stop, and keeps one that ends with it', () => {
    const decision = (end: string) =>
      parse([...HEAD, '', '§ 21', 'Kulturplan', 'Beslut', `Kulturnämnden beslutar att anta ${end}`]).paragraphs[0]
        ?.decisions;
    expect(decision('planen.')).toHaveLength(1);
    expect(decision('pla')).toEqual([]);
  });

  it("keeps an agenda's last item, with which an agenda ends", () => {
    const doc = parse([
      'KALLELSE',
      'Kulturnämnden',
      'Tid: 14 maj 2024 kl. 13.00',
      'Plats: Kulturhuset',
      '',
      'Föredragningslista',
      '1. Val av justerare',
      '2. Övriga frågor',
    ]);
    expect(doc.kind).toBe('agenda');
    expect(doc.paragraphs.map((p) => p.title)).toEqual(['Val av justerare', 'Övriga frågor']);
    expect(cutWarnings(doc)).toEqual([]);
  });

  it('keeps the sentences of a decision up to its last full stop, and names the part left out', () => {
    const doc = parse([
      ...HEAD,
      '',
      '§ 21',
      'Val av justerare',
      'Beslut',
      'Nils Åkesson utses att justera. Justering sker på kansl',
    ]);
    expect(doc.paragraphs[0]?.decisions.map((d) => d.text)).toEqual(['Nils Åkesson utses att justera.']);
    expect(cutWarnings(doc).map(([, message]) => message)).toEqual([
      'the text ends inside the decision "Justering sker på kansl", which may be cut short; it is left out',
    ]);
  });

  it('keeps a name written whole before the end, as a signature repeats the attendance list', () => {
    const doc = parse([...HEAD, ...FIRST_PARAGRAPH, '', 'Justerare', 'Nils Åkesson']);
    expect(names(doc)).toContain('Nils Åkesson');
    // The signatures after the decision are no part of it (signature-tail.ts): it keeps its sentence, and
    // nothing it holds reaches the cut end.
    expect(doc.paragraphs[0]?.decisions.map((d) => d.text)).toEqual(['Nils Åkesson utses att justera.']);
    expect(cutWarnings(doc)).toEqual([]);
  });
});
