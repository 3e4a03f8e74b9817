// The feed's build thread: loads the archive, follows it and builds its feeds, so that the thread
// answering requests never waits for a load or a build. It posts each build's feed descriptions and
// the bytes of the feeds that changed (transferred, not copied); see FeedStore. A database is read from
// here too, and its changes announced here (LISTEN/NOTIFY); its SEQUENCE state stays in the database.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type Archive, isSammantradeError, type RevisionState } from '@sammantrade/core';
import { formatError, type LiveArchive, openArchive, writeFileAtomic } from '@sammantrade/core/node';
import {
  type BuildThreadData,
  type FeedBuild,
  FeedBuilder,
  type FromBuildThread,
  type ToBuildThread,
} from './build.js';
import { encodeSavedFeeds } from './saved-feeds.js';
import { readStateFile } from './state.js';

const data = workerData as BuildThreadData;
if (!parentPort) throw new Error('the feed build thread runs as a worker thread');
const port: MessagePort = parentPort;
const post = (message: FromBuildThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const warn = (message: string) => post({ type: 'warning', message });
/** The feeds are saved for the next start when no build came for this long. */
const SAVE_FEEDS_AFTER_MS = 2000;

async function saveState(state: RevisionState, saved: string): Promise<string> {
  const text = `${JSON.stringify(state, null, 1)}\n`;
  if (text === saved) return saved;
  try {
    await writeFileAtomic(data.stateFile, text, { overwrite: true });
  } catch (error) {
    warn(`cannot save calendar state (${(error as Error).message}); SEQUENCE is kept in memory only`);
  }
  return text;
}

async function start(): Promise<void> {
  let live: LiveArchive;
  let builder: FeedBuilder;
  try {
    live = await openArchive(data.location, {
      // Following an archive the process already watches: told by the other thread when to load.
      watch: data.follow ? false : data.watch,
      // The process decided it is not served per body (see FeedStore.open): the thread builds it whole.
      perBody: false,
      onWarning: warn,
      onError: (error) => warn(`reload failed, still serving the previous feeds: ${formatError(error).join('; ')}`),
    });
    // A database hands its state to each build (below); a folder's is read once from its file.
    const previous = live.revisions ? {} : await readStateFile(data.stateFile, warn);
    builder = new FeedBuilder(previous, data.options);
  } catch (error) {
    post({
      type: 'failed',
      error: isSammantradeError(error)
        ? { code: error.code, message: error.message, diagnostics: error.diagnostics }
        : { message: error instanceof Error ? error.message : String(error) },
    });
    return;
  }
  let saved = '';
  let latest: Archive | undefined = live.current;
  let running: Promise<void> | undefined;
  const shared = live.revisions;

  /**
   * A database's build reads, builds and saves the state as one step, so the servers of one database
   * never give one change two SEQUENCE numbers. A folder's state is saved after the feeds are posted
   * (a change served before its state is saved gets the same SEQUENCE again from the old state).
   */
  const buildOne = async (archive: Archive): Promise<FeedBuild> => {
    if (!shared) return builder.build(archive);
    let build: FeedBuild | undefined;
    await shared.update(async (stored) => {
      build = await builder.build(archive, stored);
      return build.state;
    });
    return build as FeedBuild;
  };

  // The feeds are saved for the next start once edits pause: writing them after every build of a
  // burst would cost each build the writing of every feed's bytes.
  let unsaved: FeedBuild['feeds'] | undefined;
  let saveTimer: NodeJS.Timeout | undefined;
  let saving: Promise<void> | undefined;
  const saveFeeds = async (): Promise<void> => {
    const feeds = unsaved;
    unsaved = undefined;
    if (!feeds || !data.feedsFile) return;
    // Only a faster next start depends on it: a folder that cannot be written is no problem.
    await writeFileAtomic(
      data.feedsFile,
      encodeSavedFeeds(data.options, feeds, (path) => builder.gzipOf(path)),
      { overwrite: true },
    ).catch(() => undefined);
  };
  const saveFeedsSoon = (feeds: FeedBuild['feeds']) => {
    unsaved = feeds;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saving = saveFeeds().finally(() => {
        saving = undefined;
      });
    }, SAVE_FEEDS_AFTER_MS);
  };

  /**
   * Once, as the first build ends: what an edit costs, done with nothing changed (a load that examines
   * no file, then the build's part of an edit; see FeedBuilder.warmUp), so the first edit after a start
   * does not pay for compiling the code it runs. A folder's only: a database's load reads it all again.
   */
  let warm = shared !== undefined;
  const warmUp = async (archive: Archive): Promise<void> => {
    warm = true;
    try {
      await live.reload([]);
      // A change that came meanwhile is built next, which warms the same code.
      if (!latest) builder.warmUp(archive);
    } catch {
      // Only the first edit's speed depends on it.
    }
  };

  /** Builds the latest archive; archives that came while a build ran are skipped for the newest. */
  const run = async (): Promise<void> => {
    while (latest) {
      const archive = latest;
      latest = undefined;
      try {
        const build = await buildOne(archive);
        const transfer = build.changed.flatMap((feed) => [
          feed.gzip.buffer,
          ...(feed.identity ? [feed.identity.buffer] : []),
        ]) as ArrayBuffer[];
        post({ type: 'built', feeds: build.feeds, changed: build.changed }, transfer);
        if (!shared) saved = await saveState(build.state, saved);
        // The new feeds are served; the first build counts as done once the edit path is warm.
        if (!warm) await warmUp(archive);
        post({ type: 'saved' });
        if (data.feedsFile) saveFeedsSoon(build.feeds);
      } catch (error) {
        warn(`cannot build the feeds, still serving the previous ones: ${formatError(error).join('; ')}`);
      }
    }
  };
  const schedule = (archive?: Archive): Promise<void> => {
    if (archive) latest = archive;
    running ??= run().finally(() => {
      running = undefined;
      if (latest) void schedule();
    });
    return running;
  };
  const idle = async () => {
    while (running) await running;
  };
  /** Idle, and the feeds of the last build saved. */
  const flush = async () => {
    await idle();
    clearTimeout(saveTimer);
    await saving;
    await saveFeeds();
  };

  live.subscribe((archive) => void schedule(archive));
  void schedule();
  port.on('message', (message: ToBuildThread) => {
    if (message.type === 'reload') {
      void live
        .reload()
        .then(idle)
        .then(() => {
          if (message.id !== undefined) post({ type: 'reloaded', id: message.id });
        });
    } else if (message.type === 'close') {
      void live
        .close()
        .then(flush)
        .then(() => post({ type: 'closed' }));
    }
  });
}

void start();
