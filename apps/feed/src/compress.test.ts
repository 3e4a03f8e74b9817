import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BrotliMaker } from './compress.js';
import type { ServedFeed } from './snapshot.js';

const text = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `BEGIN:VEVENT\r\nUID:${i}@example.se\r\nSUMMARY:Möte ${i}\r\nEND:VEVENT\r\n`,
  ).join('');
const bodiesOf = (plain: string): ServedFeed['bodies'] => ({ gzip: new Uint8Array(gzipSync(plain)) });

/** The nice value of each thread of this process (Linux). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('BrotliMaker', () => {
  let maker: BrotliMaker | undefined;
  afterEach(async () => {
    await maker?.close();
  });

  it('makes brotli of a feed from its gzip, the same bytes', async () => {
    maker = new BrotliMaker();
    const plain = text(2000);
    const bodies = bodiesOf(plain);
    maker.want(bodies);
    await maker.settled();
    expect(bodies.br).toBeDefined();
    expect(brotliDecompressSync(bodies.br as Uint8Array).toString('utf8')).toBe(plain);
  });

  it('skips a feed no longer served when its turn comes, and makes the next one', async () => {
    maker = new BrotliMaker();
    const gone = bodiesOf(text(10));
    const kept = bodiesOf(text(20));
    maker.want(gone, () => false);
    maker.want(kept, () => true);
    await maker.settled();
    expect(gone.br).toBeUndefined();
    expect(kept.br).toBeDefined();
  });

  it('reports bytes that are not gzip, and goes on with the next feed', async () => {
    const errors: unknown[] = [];
    maker = new BrotliMaker((error) => errors.push(error));
    const broken: ServedFeed['bodies'] = { gzip: new Uint8Array([1, 2, 3, 4]) };
    const good = bodiesOf(text(5));
    maker.want(broken);
    maker.want(good);
    await maker.settled();
    expect(broken.br).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(good.br).toBeDefined();
  });

  it.skipIf(process.platform !== 'linux')(
    'compresses in a thread of the lowest priority, leaving the process its own',
    async () => {
      const before = threadNices().filter((nice) => nice === 19).length;
      maker = new BrotliMaker();
      const bodies = bodiesOf(text(100));
      maker.want(bodies);
      await maker.settled();
      expect(threadNices().filter((nice) => nice === 19).length).toBe(before + 1);
      expect(getPriority()).not.toBe(19);
    },
  );

  it('asks for nothing once closed', async () => {
    maker = new BrotliMaker();
    await maker.close();
    const bodies = bodiesOf(text(5));
    maker.want(bodies);
    await maker.settled();
    expect(bodies.br).toBeUndefined();
  });
});
