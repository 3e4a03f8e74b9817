import { stripControlChars } from '@sammantrade/core';

/** Where a command writes. Tests pass buffers; `main` passes the process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Terminal control for a progress bar on stderr (`\r`, erase line), written as it is. */
  progress?(text: string): void;
  /** True when stdout is a terminal (progress bars, colour). */
  isTty: boolean;
}

/** Exit codes, as `--help` documents them. */
export const EXIT = { ok: 0, problems: 1, usage: 2, closedPipe: 141 } as const;

/**
 * `io` with control characters left out of everything written to stdout and stderr, whatever a
 * document or a file name held (an escape sequence would rewrite the user's terminal). Line breaks,
 * tabs and CRLF (CSV, iCalendar) stay; only {@link Io.progress} writes terminal control.
 */
export function safeIo(io: Io): Io {
  return {
    out: (text) => io.out(stripControlChars(text)),
    err: (text) => io.err(stripControlChars(text)),
    progress: (text) => (io.progress ?? io.err)(text),
    get isTty() {
      return io.isTty;
    },
  };
}

/** An Io that collects what is written, for tests and for callers that embed the CLI. */
export function bufferIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTty: false,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/** What every command is given: where to write, where to report its exit code, and its language. */
export interface CommandContext {
  readonly io: Io;
  readonly done: (code: number) => void;
  readonly lang: import('@sammantrade/core').Lang;
  readonly say: (label: import('@sammantrade/core').Label) => string;
}
