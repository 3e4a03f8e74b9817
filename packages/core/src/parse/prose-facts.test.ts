import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { readProseFacts } from './prose-facts.js';

/** The notice's day as sentences give it, on sentences written for these tests. */
describe('the day the notice went up, in a sentence', () => {
  it.each([
    ['Protokollet justerades 2025-04-04 och anslogs på kommunens anslagstavla 2025-04-07.', '2025-04-07'],
    ['Justeringen har tillkännagivits genom anslag den 7 april 2025.', '2025-04-07'],
    ['Protokollet anslogs den 7 april på den digitala anslagstavlan.', '2025-04-07'],
  ])('"%s"', (sentence, date) => {
    expect(readProseFacts(sentence, '2025-04-02').noticeUp?.date).toBe(date);
  });

  it('takes no date that is not right after the words, and none when two sentences disagree', () => {
    expect(readProseFacts('Protokollet anslogs. Nästa möte är 2025-05-07.').noticeUp).toBeUndefined();
    // The notice of another paper than the minutes.
    const other =
      'Kungörelsen anslogs den 10 mars. Tillägg till föredragningslistan anslogs den 18 mars 2025 på anslagstavlan.';
    expect(readProseFacts(other).noticeUp).toBeUndefined();
    const both = readProseFacts(
      'Protokollet anslogs 2025-04-08. Det finns på anslagstavlan från och med den 7 april till och med den 29 april 2025.',
    );
    expect(both.noticeUp).toBeUndefined();
  });

  it('gives the minutes their notice date', () => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Hamnnämnden',
        'Sammanträdesdatum 2025-04-02',
        '',
        'Plats och tid: Fyrhuset kl. 17.00-18.00',
        'Beslutande: Tora Lilja (S), ordförande',
        '',
        'Protokollet justerades 2025-04-04 och anslogs på kommunens anslagstavla 2025-04-07.',
      ].join('\n'),
    );
    expect(doc.adjustment).toMatchObject({ date: '2025-04-04', noticeDate: '2025-04-07' });
  });
});
