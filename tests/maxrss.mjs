// Preloaded with `node --import`: at exit, writes the process's peak resident memory in kB (all its
// threads together) and the CPU seconds it used, space-separated, to the file MAXRSS_FILE names.
// For tests and benchmarks that bound memory.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.MAXRSS_FILE) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(process.env.MAXRSS_FILE, `${maxRSS} ${((userCPUTime + systemCPUTime) / 1e6).toFixed(2)}`);
});
