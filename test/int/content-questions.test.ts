/**
 * The questions the README shows, run exactly as written there against content/ seeded into the real
 * Neo4j (by the global setup), with the answers the corpus states.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seed } from '../../seed/run.ts';
import { apiClient } from '../helpers/api.ts';
import { ROOT } from '../helpers/extract.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);
afterAll(() => graph.close());

/** The GraphQL block of the README's "What's in the graph" section, split at its comment lines. */
function readmeQueries(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## What's in the graph"));
  const block = /```graphql\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split(/^#.*$/m)
    .map((q) => q.trim())
    .filter(Boolean);
}

const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe('content/ in the real Neo4j', () => {
  it('every article is accepted (re-seeding the seeded corpus rejects nothing and changes nothing)', async () => {
    const report = await seed(graph, { rootDir: ROOT, contentDirs: ['content'], lexiconDirs: ['content/lexicon'] });
    expect(report.rejected).toEqual([]);
    expect(report.articlesRead).toBeGreaterThanOrEqual(66);
    expect(report.articlesUnchanged).toBe(report.articlesRead);
  });
});

describe('the README questions', () => {
  const [whoAccredits, lineage, coversAndMinistries] = readmeQueries();

  it('has the three questions', () => {
    expect([whoAccredits, lineage, coversAndMinistries].every(Boolean)).toBe(true);
  });

  it('JASA accredits the CS Gold Mark; MIC and METI set JASA up', async () => {
    const r = await gql(whoAccredits as string);
    expect(r.errors).toBeUndefined();
    const by = r.data.certification.accreditedBy;
    expect(names(by)).toContain('Japan Information Security Audit Association');
    const jasa = by.find((a: { name: string }) => a.name === 'Japan Information Security Audit Association');
    expect(names(jasa.establishedBy).sort()).toEqual([
      'Ministry of Economy, Trade and Industry',
      'Ministry of Internal Affairs and Communications',
    ]);
  });

  it('ISO/IEC 27017 is built on 27002, and the Cloud Security Mark builds on it', async () => {
    const r = await gql(lineage as string);
    expect(r.errors).toBeUndefined();
    const up = r.data.standard.ancestors.map((s: { depth: number; entity: { name: string } }) => s.entity.name);
    const down = r.data.standard.descendants.map((s: { entity: { name: string } }) => s.entity.name);
    expect(up).toContain('ISO/IEC 27002');
    expect(down).toContain('Cloud Security Mark');
    expect(down).toContain('CS Gold Mark');
  });

  it('Intune is covered by the CS Gold Mark, and Japanese schemes trace back to ministries', async () => {
    const r = await gql(coversAndMinistries as string);
    expect(r.errors).toBeUndefined();
    expect(r.data.service.coveredBy.map((c: { certification: { name: string } }) => c.certification.name)).toContain(
      'CS Gold Mark',
    );
    type A = { name: string; authorityKind: string; establishedBy?: A[] };
    const traced = new Set<string>();
    for (const c of r.data.certifications.nodes as Array<{ name: string; accreditedBy: A[]; regulatedBy: A[] }>) {
      const ministries = [...c.accreditedBy.flatMap((a) => [a, ...(a.establishedBy ?? [])]), ...c.regulatedBy].filter(
        (a) => a.authorityKind === 'MINISTRY',
      );
      if (ministries.length) traced.add(c.name);
    }
    expect(traced).toContain('CS Gold Mark');
    expect(traced).toContain('Information system Security Management and Assessment Program');
  });
});
