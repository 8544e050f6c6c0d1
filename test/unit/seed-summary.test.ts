import { describe, expect, it } from 'vitest';
import type { SeedReport } from '../../seed/run.ts';
import { CANDIDATES_SHOWN, summary } from '../../seed/summary.ts';

function report(candidates: string[]): SeedReport {
  return {
    articlesRead: 3,
    articlesWritten: 2,
    articlesUnchanged: 1,
    articlesRetracted: 0,
    fragments: 0,
    rejected: [{ file: '/c/en-us/offering-x.md', line: 4, reason: 'front matter is not YAML' }],
    warnings: [],
    candidates,
    counts: { nodesCreated: 5, nodesDeleted: 0, relationshipsCreated: 7, relationshipsDeleted: 0 },
    contentHash: 'h',
    durationMs: 1500,
  } as SeedReport;
}

describe('seed summary', () => {
  it('lists every candidate when there are few', () => {
    const text = summary(report(['Alpha Trust Mark', 'Beta Agency']), false);
    expect(text).toContain('lexicon candidates (2): Alpha Trust Mark; Beta Agency\n');
    expect(text).toContain('rejected: /c/en-us/offering-x.md:4: front matter is not YAML');
    expect(text).toContain('relationships created 7');
  });

  it('shows the first candidates of a long list and says how many more the report holds', () => {
    const names = Array.from({ length: CANDIDATES_SHOWN + 30 }, (_, i) => `Scheme ${i}`);
    const line = summary(report(names), true)
      .split('\n')
      .find((l) => l.startsWith('lexicon candidates'));
    expect(line).toBeDefined();
    expect(line).toContain(`lexicon candidates (${CANDIDATES_SHOWN + 30}): Scheme 0; `);
    expect(line).toContain(`Scheme ${CANDIDATES_SHOWN - 1}; … and 30 more`);
    expect(line).not.toContain(`Scheme ${CANDIDATES_SHOWN};`);
  });
});
