import { escapeControlChars, isSammantradeError, parseRevisionState, type RevisionState } from '@sammantrade/core';
import { readRegularFile, writeFileAtomic } from '@sammantrade/core/node';

/** No archive's state comes near this; a larger file is not ours. */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

/**
 * The SEQUENCE numbers kept from earlier runs. A missing file is a first run. A file that cannot be
 * used (damaged JSON, another shape, a FIFO, too large) must not keep the feed from starting: it is
 * copied beside itself (`calendar-state.json.broken-<time>`), a warning says so, and the numbers start
 * again from the data.
 */
export async function readStateFile(file: string, onWarning?: (message: string) => void): Promise<RevisionState> {
  const shown = escapeControlChars(file);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file, MAX_STATE_BYTES);
  } catch (error) {
    if (isSammantradeError(error) && error.code === 'NOT_FOUND') return {};
    const reason = error instanceof Error ? error.message : String(error);
    onWarning?.(`cannot read the calendar state: ${reason}; SEQUENCE numbers start again from the data`);
    return {};
  }
  const text = new TextDecoder().decode(bytes);
  const parsed = parseRevisionState(text);
  if (parsed.error === undefined) return parsed.state;
  const copy = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await writeFileAtomic(copy, bytes);
    onWarning?.(
      `the calendar state ${shown} is ${parsed.error}; kept as ${escapeControlChars(copy)}, SEQUENCE numbers start again from the data`,
    );
  } catch (error) {
    onWarning?.(
      `the calendar state ${shown} is ${parsed.error} and could not be kept (${(error as Error).message}); SEQUENCE numbers start again from the data`,
    );
  }
  return {};
}
