import { createRequire } from 'node:module';
import { EXIT, type Io } from './io.js';
import { run } from './program.js';

/**
 * The process's streams as an Io. When the reader of stdout goes away (`sammantrade report … | head`),
 * the rest of the output is dropped quietly and the run ends with 141, the exit status other Unix
 * tools have then (128 + SIGPIPE); the command itself still finishes, so nothing is left half done.
 */
function processIo(): Io & { readonly closed: boolean } {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    process.exitCode = EXIT.closedPipe;
  });
  // With stderr closed too there is no one left to tell anything.
  process.stderr.on('error', () => undefined);
  return {
    out: (text) => {
      if (!closed) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    progress: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    get closed() {
      return closed;
    },
  };
}

/** The `sammantrade` binary: runs the CLI on the process's arguments and streams. */
export async function main(argv: readonly string[]): Promise<number> {
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  const io = processIo();
  // A last net: whatever escapes the commands still ends as one line, never a stack trace.
  process.on('uncaughtException', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sammantrade: unexpected error: ${message.split('\n')[0]}\n`);
    process.exit(EXIT.problems);
  });
  const code = await run(argv, io, version);
  return io.closed ? EXIT.closedPipe : code;
}
