/**
 * The seed's human-readable summary (stderr). Contract: one line per rejection and warning, in report
 * order; lexicon candidates on one line, at most CANDIDATES_SHOWN of them (a large corpus discovers
 * thousands; the JSON report from --report keeps them all).
 */
import type { SeedReport } from './run.ts';

export const CANDIDATES_SHOWN = 20;

export function summary(r: SeedReport, dry: boolean): string {
  const lines = [
    `articles read ${r.articlesRead}, ${dry ? 'would write' : 'written'} ${dry ? r.articlesRead : r.articlesWritten}, unchanged ${r.articlesUnchanged}, rejected ${r.rejected.length}, retracted ${r.articlesRetracted}, fragments ${r.fragments}`,
  ];
  if (!dry) {
    const c = r.counts;
    lines.push(
      `nodes created ${c.nodesCreated}, deleted ${c.nodesDeleted}; relationships created ${c.relationshipsCreated}, deleted ${c.relationshipsDeleted}`,
    );
  }
  for (const rej of r.rejected) lines.push(`rejected: ${rej.file}${rej.line ? `:${rej.line}` : ''}: ${rej.reason}`);
  for (const w of r.warnings) lines.push(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  if (r.candidates.length) {
    const shown = r.candidates.slice(0, CANDIDATES_SHOWN).join('; ');
    const more = r.candidates.length - CANDIDATES_SHOWN;
    lines.push(
      `lexicon candidates (${r.candidates.length}): ${shown}${more > 0 ? `; … and ${more} more (all of them in the --report file)` : ''}`,
    );
  }
  lines.push(`done in ${(r.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
