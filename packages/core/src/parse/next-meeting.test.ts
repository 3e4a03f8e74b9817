import { describe, expect, it } from 'vitest';
import { nextMeetingFromSentences } from './next-meeting.js';
import { parseDocument } from './parse-document.js';

const at = (text: string, meetingDate?: string) =>
  nextMeetingFromSentences([{ text, no: 7 }], { ...(meetingDate ? { meetingDate } : {}), diagnostics: [] })?.next;

describe('the next meeting in a sentence', () => {
  it('reads an announcement', () => {
    expect(at('Nämndens nästa möte är den 4 juni 2025 kl 13.00.')).toMatchObject({
      date: '2025-06-04',
      start: '13:00',
    });
  });
  it('reads a date named right after "nästa" or "kommande sammanträde", the year from the meeting', () => {
    expect(at('Ärendet tas upp på nämndens kommande sammanträde den 23 maj.', '2016-04-18')).toEqual({
      date: '2016-05-23',
    });
    expect(at('Frågan bordläggs till nästa möte 4 juni.')).toEqual({ date: '--06-04' });
  });
  it('reads a weekday before the date, "nästa gång", and day/month with a slash', () => {
    expect(at('Nästa möte: tisdag 9 juni kl 13-15.', '2026-05-12')).toEqual({
      date: '2026-06-09',
      start: '13:00',
      end: '15:00',
    });
    expect(at('Nämnden sammanträder nästa gång 2026-06-09.')).toEqual({ date: '2026-06-09' });
    expect(at('Nästa möte hålls 9/6 kl. 13.00.', '2026-05-12')).toEqual({ date: '2026-06-09', start: '13:00' });
    expect(at('Ärendet tas upp nästa gång.')).toBeUndefined();
    // The service named alone, capitalised, says the meeting is held online.
    expect(at('Nästa möte: tisdag 9 juni kl 13-15, Teams.', '2026-05-12')?.attendance).toBe('online');
    expect(at('Nästa möte: tisdag 9 juni kl 13-15.', '2026-05-12')?.attendance).toBeUndefined();
  });
  it("says when the weekday is not the date's", () => {
    const diagnostics: Parameters<typeof nextMeetingFromSentences>[1]['diagnostics'] = [];
    nextMeetingFromSentences([{ text: 'Nästa möte: onsdag 9 juni.', no: 4 }], {
      meetingDate: '2026-05-12',
      diagnostics,
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['weekday-mismatch', 4]]);
  });
  it('reads no date that stands apart from the words', () => {
    expect(at('Inför kommande sammanträde ska förvaltningen ta fram underlag, senast 2 maj.')).toBeUndefined();
    expect(at('Ett kommande möte med regionen planeras.')).toBeUndefined();
  });
});

describe('the next meeting at the end of the minutes', () => {
  const minutes = (end: string) =>
    parseDocument(
      [
        'Minnesanteckningar',
        'Hamnrådet',
        'Datum: 2026-10-05',
        '1. Mötets öppnande',
        'Ordföranden hälsade välkommen.',
        '2. Handlingsplan',
        'Rådet beslutade att anta planen.',
        end,
      ].join('\n'),
    ).nextMeeting;
  it('reads "Nästa möte: <date>" as a line of the last paragraph', () => {
    expect(minutes('Nästa möte: 2026-12-07 kl. 09.00')).toEqual({ date: '2026-12-07', start: '09:00' });
  });
  it('reads a paragraph titled "Nästa möte" whose text starts with the date', () => {
    expect(minutes('3. Nästa möte\nMåndag den 7 december 2026 kl. 09.00 i Norrvik.')).toEqual({
      date: '2026-12-07',
      start: '09:00',
      location: 'Norrvik',
    });
  });
  it('reads no date that does not open that paragraph', () => {
    expect(minutes('3. Nästa möte\nBeslutas senare. Förslag 2026-12-07.')).toBeUndefined();
  });
});
