// Preloaded with `node --import`: at exit, writes the process's peak resident memory in kB (all its
// threads together) to the file MAXRSS_FILE names. For tests and benchmarks that bound memory.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MAXRSS_FILE) writeFileSync(process.env.MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
