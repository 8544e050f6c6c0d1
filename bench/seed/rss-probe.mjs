// Preloaded into a benchmarked process with `--import`: on exit it writes the process's peak resident
// set size (KiB) to the file named by CG_BENCH_RSS_FILE. It changes nothing else.
import { writeFileSync } from 'node:fs';

const file = process.env.CG_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
