import { createRequire } from 'node:module';
import { processIo } from './io.js';
import { run } from './program.js';

/** The `sammantrade` binary: runs the CLI on the process's arguments and streams. */
export async function main(argv: readonly string[]): Promise<number> {
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  return run(argv, processIo, version);
}
