import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types; its functions are documented in the file.
import { runFuzz } from '../bench/fuzz.mjs';

interface Finding {
  outcome: string;
  pattern: string;
  detail: string;
  reproducer: string;
}
interface FuzzResult {
  counts: { documents: number; throw: number; schema: number; ok: number; saved: number };
  findings: Finding[];
  loaded: string;
}

/**
 * The fuzz campaign of bench/fuzz.mjs, small: a few hundred mutated documents (seeds and corpus when
 * ../shared is there, the fixtures always) through the importer, and every pattern grown to 100 KB.
 * The full campaign (100,000 documents up to 10 MB) is run by hand; its figures are in the README.
 */
describe('the importer under the fuzz campaign', () => {
  let result: FuzzResult;
  const campaign = async () => {
    result ??= (await runFuzz({
      n: 400,
      seed: 20_241_129,
      sizes: ['10k', '100k'],
      samples: 1,
      starts: 1,
      sampleBytes: 0,
    })) as FuzzResult;
    return result;
  };
  const show = (findings: Finding[]) =>
    findings.map((f) => `${f.outcome} (${f.pattern}): ${f.detail}\n  ${JSON.stringify(f.reproducer)}`).join('\n');

  it('never throws, and what it saves loads back as an archive', async () => {
    const { counts, findings, loaded } = await campaign();
    expect(counts.documents).toBeGreaterThan(400);
    expect(show(findings.filter((f) => f.outcome === 'throw' || f.outcome === 'load'))).toBe('');
    expect(counts.saved).toBeGreaterThan(0);
    expect(loaded).toMatch(/^ok/);
  }, 600_000);

  it('gives only results and records the public schemas accept', async () => {
    const { findings } = await campaign();
    expect(show(findings.filter((f) => f.outcome === 'schema'))).toBe('');
  }, 600_000);
});
