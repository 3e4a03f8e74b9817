import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';

/**
 * Runs the CLI in process, as on a terminal when `isTty`, and returns its exit code and output. In
 * English unless `argv` says otherwise, so the tests' expectations read alike for everyone; the
 * Swedish default has tests of its own (lang.test.ts).
 */
export async function cli(argv: string[], isTty = false) {
  const io = bufferIo();
  io.isTty = isTty;
  const code = await run(inEnglish(argv), io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A new empty folder for one test. */
export const tempDir = (prefix = 'sammantrade-cli-') => mkdtemp(join(tmpdir(), prefix));

/** Every file below `dir`, as sorted relative paths. */
export async function files(dir: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await files(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** `argv` with `--lang en` added, unless it names a language already. */
export function inEnglish(argv: readonly string[]): string[] {
  return argv.some((a) => a === '--lang' || a.startsWith('--lang=')) ? [...argv] : [...argv, '--lang', 'en'];
}
