/**
 * `npm run seed -- [--content DIR]… [--dry-run] [--json] [--reset] [--report FILE] [--batch N]`
 * Exit codes: 0 every article accepted; 1 some rejected (the others written); 2 usage or
 * configuration error. With --dry-run --json, stdout carries exactly one JSON document; all logs go
 * to stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openNeo4j } from '../src/db/connect.ts';
import { LexiconError } from '../src/ingest/lexicon.ts';
import { dryRun, type SeedProgress, type SeedReport, seed } from './run.ts';
import { summary } from './summary.ts';

const USAGE = `usage: npm run seed -- [--content DIR]… [--dry-run] [--json] [--reset] [--report FILE] [--batch N]
  --content DIR   a content directory (repeatable; default: content)
  --lexicon DIR   a lexicon directory or file (repeatable; default: content/lexicon)
  --dry-run       ingest without touching Neo4j
  --json          with --dry-run: print the graph as one JSON document on stdout
  --reset         delete the project's graph before seeding
  --report FILE   write the run report as JSON to FILE
  --batch N       articles per write transaction (default 50)`;

const log = (m: string) => process.stderr.write(`${m}\n`);

function progressPrinter(): (p: SeedProgress) => void {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let lastLine = 0;
  return (p) => {
    const now = Date.now();
    const rate = p.done / Math.max(0.001, (now - started) / 1000);
    const eta = rate > 0 ? Math.max(0, (p.total - p.done) / rate) : 0;
    if (tty) {
      const width = 30;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${rate.toFixed(1)} articles/s ETA ${eta.toFixed(0)}s `,
      );
      if (p.done === p.total) process.stderr.write('\n');
    } else if (now - lastLine > 2000 || p.done === p.total) {
      lastLine = now;
      log(`seed: ${p.done}/${p.total} files, ${rate.toFixed(1)} articles/s`);
    }
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      options: {
        content: { type: 'string', multiple: true },
        lexicon: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        reset: { type: 'boolean', default: false },
        report: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
  try {
    args = parse(argv);
  } catch (err) {
    log(`seed: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    log(USAGE);
    return 0;
  }
  if (v.json && !v['dry-run']) {
    log(`seed: --json needs --dry-run\n${USAGE}`);
    return 2;
  }
  const batch = v.batch === undefined ? 50 : Number(v.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) {
    log('seed: --batch needs a whole number from 1 to 10000');
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    log(`seed: ${(err as Error).message}`);
    return 2;
  }
  const opts = {
    rootDir: config.rootDir,
    contentDirs: v.content ?? config.contentDirs,
    lexiconDirs: v.lexicon ?? config.lexiconDirs,
    batchSize: batch,
    reset: v.reset,
    onProgress: progressPrinter(),
  };
  let report: SeedReport;
  try {
    if (v['dry-run']) {
      const result = dryRun(opts);
      report = result.report;
      // Wait for the write: stdout to a pipe is asynchronous and exiting early would truncate it.
      if (v.json)
        await new Promise<void>((resolve) =>
          process.stdout.write(`${JSON.stringify(result.document)}\n`, () => resolve()),
        );
    } else {
      const neo = await openNeo4j(config, log);
      try {
        report = await seed(neo.graph, opts);
      } finally {
        await neo.stop();
      }
    }
  } catch (err) {
    if (err instanceof LexiconError || err instanceof ConfigError) {
      log(`seed: ${err.message}`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') {
      log(`seed: not found: ${e.path ?? e.message}`);
      return 2;
    }
    log(`seed: failed: ${e.message}`);
    return 2;
  }
  log(summary(report, v['dry-run']));
  if (v.report) writeFileSync(v.report, `${JSON.stringify(report, null, 2)}\n`);
  return report.rejected.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      log(`seed: ${(err as Error).stack ?? String(err)}`);
      process.exit(2);
    },
  );
}
