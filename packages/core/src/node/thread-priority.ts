import { setPriority } from 'node:os';

/**
 * Lowers the calling worker thread's scheduling priority to `nice`. On Linux a thread has its own nice
 * value and 0 names the calling thread, so only this one is lowered; elsewhere it would lower the whole
 * process (the requests too), so it is left as it is. Not allowed (no permission): left as it is.
 */
export function lowerThisThread(nice: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(nice);
  } catch {
    // The thread still runs beside the requests, only not behind them.
  }
}
