import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParagraphRef } from '../archive/archive.js';
import { firstHeld, type Lead, reachableLeads } from './follow-up.js';

/** A lead standing for its place in the list (the answer is compared by which lead it is). */
const lead = (i: number, latest: string | undefined): Lead => ({
  ref: { paragraph: { number: i } } as unknown as ParagraphRef,
  ...(latest === undefined ? {} : { latest }),
});
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-01-${String(d).padStart(2, '0')}`);

describe('reachableLeads', () => {
  it('keeps every lead an answer can come from, on every day and without one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(day, { nil: undefined }), { maxLength: 12 }),
        fc.option(day, { nil: undefined }),
        (bounds, today) => {
          const list = bounds.map((b, i) => lead(i, b));
          expect(firstHeld(reachableLeads(list), today)).toBe(firstHeld(list, today));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('drops the leads no day can reach: bounded no sooner than one before them', () => {
    const list = [
      lead(0, '2024-01-10'),
      lead(1, '2024-01-12'),
      lead(2, undefined),
      lead(3, '2024-01-10'),
      lead(4, '2024-01-05'),
    ];
    expect(reachableLeads(list).map((l) => l.ref.paragraph.number)).toEqual([0, 4]);
  });
});
