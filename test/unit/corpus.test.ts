import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { ROOT } from '../helpers/extract.ts';

describe('the project corpus (content/)', () => {
  const { document, report } = dryRun({ rootDir: ROOT, contentDirs: ['content'], lexiconDirs: ['content/lexicon'] });

  it('accepts every article', () => {
    expect(report.rejected).toEqual([]);
    expect(report.articlesRead).toBeGreaterThanOrEqual(66);
  });

  it('quotes every piece of evidence verbatim from its article or lexicon file', () => {
    const texts = new Map<string, string>();
    const read = (p: string) => {
      if (!texts.has(p)) {
        const file = p.startsWith('content/') ? path.join(ROOT, p) : path.join(ROOT, 'content', p);
        texts.set(p, readFileSync(file, 'utf8'));
      }
      return texts.get(p) as string;
    };
    let checked = 0;
    for (const r of document.relationships) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(read(e.article).includes(e.quote), `${e.article}: ${e.quote}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('merges every offering across its locales', () => {
    const described = document.relationships.filter((r) => r.type === 'DESCRIBES');
    const perCert = new Map<string, string[]>();
    for (const r of described) perCert.set(r.end, [...(perCert.get(r.end) ?? []), r.start]);
    expect(perCert.get('certification:cs-gold-mark')).toHaveLength(5);
    expect(perCert.size).toBeGreaterThanOrEqual(24);
  });
});
