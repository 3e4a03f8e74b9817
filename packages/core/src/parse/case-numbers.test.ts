import { describe, expect, it } from 'vitest';
import { caseNumberAt, caseNumberInLine, caseNumberOfLine } from './case-numbers.js';
import { tokensOf } from './words.js';

describe('case numbers', () => {
  it.each([
    ['Dnr KS 2019/123', 'KS 2019/123'],
    ['KS/2019:123', 'KS/2019:123'],
    ['GNS/10/2020', 'GNS/10/2020'],
    ['Dnr 2014/00002', '2014/00002'],
    ['DNR: KU.2017.3', 'KU.2017.3'],
    ['Dnr 2015-KLK0045', '2015-KLK0045'],
    ['Dnr 1.6-0463/2011', '1.6-0463/2011'],
    ['dnr 166/2011', '166/2011'],
    ['Dnr KS 02-820 107', 'KS 02-820 107'],
    ['Dnr:BN/2024:7', 'BN/2024:7'],
  ])('reads %s', (line, value) => {
    expect(caseNumberOfLine(line)).toBe(value);
  });

  it.each([
    ['a date', '2020-12-10'],
    ['digits without a series or "Dnr"', '10/2020'],
    ['a number a copy cut short', 'Dnr 2014/'],
    ['a series whose digits were stripped', 'Dnr KK11/'],
    ['a range of paragraphs', 'Dnr 6-13'],
    ['a time', 'Dnr 8:15'],
  ])('refuses %s', (_, line) => {
    expect(caseNumberOfLine(line)).toBeUndefined();
  });

  it('says how many words it took, so a heading can read past it', () => {
    expect(caseNumberAt(tokensOf('Dnr KS 2019/123 Budget'), 0)).toEqual({ value: 'KS 2019/123', tokens: 3 });
    expect(caseNumberAt(tokensOf('BU/2021:17 41 Skolskjuts'), 0)).toEqual({ value: 'BU/2021:17', tokens: 1 });
  });

  it('finds "Dnr" inside a short line, not other numbers in it', () => {
    expect(caseNumberInLine('Remiss från nämnden, dnr T2010-701-0075')).toBe('T2010-701-0075');
    expect(caseNumberInLine('Remiss från nämnden, ärendebeteckning 505-09-6966')).toBeUndefined();
  });
});
