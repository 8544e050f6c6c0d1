import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashMetaId, seed } from '../../seed/run.ts';
import { loadConfig } from '../../src/config.ts';
import { getMeta } from '../../src/graph/meta-store.ts';
import { ROOT } from '../helpers/extract.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const tag = `t${Date.now().toString(36)}`;
let dir: string;
const slug = (n: string) => `offering-${tag}-${n}`;
const cert = (n: string) => `certification:${tag}-${n}`;

function write(locale: string, name: string, body: string) {
  mkdirSync(path.join(dir, locale), { recursive: true });
  writeFileSync(path.join(dir, locale, `${slug(name)}.md`), body);
}

const alpha = (basis: string) => `---
title: Alpha ${tag} Scheme
ms.contentlocale: en-US
---
# Alpha ${tag} Scheme

## <a name="alpha-overview"></a>Overview

The scheme is based on ${basis}. It is operated by the Japan Information Security Audit Association (JASA). Certificates are valid for three years.

## <a name="microsoft-in-scope-cloud-services"></a>Microsoft in-scope cloud services

- Microsoft Intune
`;

const alphaJa = `---
title: アルファ ${tag} 制度
ms.contentlocale: ja-JP
---
# アルファ ${tag} 制度

## <a name="alpha-overview"></a>概要

この制度は ISO/IEC 27017 に基づいています。
`;

const run = () => seed(graph, { rootDir: ROOT, contentDirs: [dir], lexiconDirs: ['content/lexicon'], batchSize: 2 });

/** A checksum of everything this file's sources put in the graph. */
async function snapshot() {
  const rows = await graph.read(
    `/* snapshotTestSources */
MATCH (a:Article) WHERE a.root = $root
OPTIONAL MATCH (a)-[:DESCRIBES]->(c:Entity)
OPTIONAL MATCH (c)-[r]-(o:Entity)
WITH a, c, r, o ORDER BY a.id, type(r), o.id
RETURN a.id AS article, a.hash AS hash, c.id AS cert, c.names AS names, type(r) AS type, o.id AS other, r.evidence AS evidence`,
    { root: realpathSync(dir) },
  );
  return JSON.stringify(rows);
}

async function relation(type: string, start: string, end: string) {
  const rows = await graph.read(
    `/* getTestRelation */ MATCH (s:Entity {id: $start})-[r]->(e:Entity {id: $end}) WHERE type(r) = $type RETURN r.evidence AS evidence, r.serviceModels AS models`,
    { start, end, type },
  );
  return rows[0] as { evidence: string[]; models: string[] } | undefined;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cg-seed-'));
  write('en-us', 'alpha', alpha('ISO/IEC 27018'));
  write('ja-jp', 'alpha', alphaJa);
  write(
    'en-us',
    'beta',
    `# Beta ${tag}\n\nThe scheme is based on FIPS 140-3.\n\n## Resources\n\n- [Gamma ${tag} Mark](${slug('gamma')}.md)\n`,
  );
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  await run();
  const left = await graph.read(
    '/* countTestLeftovers */ MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n',
    {
      p: `certification:${tag}`,
    },
  );
  expect(left[0]?.n).toBe(0);
  // Lookup keys go with the entities that had them: none is left pointing nowhere.
  const orphans = await graph.read(
    '/* countOrphanLookupKeys */ MATCH (k:LookupKey) WHERE NOT EXISTS { (k)-[:KEY_OF]->() } RETURN count(k) AS n',
  );
  expect(orphans[0]?.n).toBe(0);
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

describe('seeding into Neo4j', () => {
  it('writes facts with their evidence and merges locales', async () => {
    const report = await run();
    expect(report.rejected).toEqual([]);
    expect(report.articlesWritten).toBe(3);
    const based = await relation('BASED_ON', cert('alpha'), 'standard:iso-iec-27018');
    expect(based?.evidence).toHaveLength(1);
    expect(based?.evidence[0]).toContain(`The scheme is based on ISO/IEC 27018.`);
    expect(based?.evidence[0]).toContain('alpha-overview');
    expect(await relation('BASED_ON', cert('alpha'), 'standard:iso-iec-27017')).toBeDefined();
    expect(await relation('ACCREDITS', 'authority:jasa', cert('alpha'))).toBeDefined();
    expect(await relation('COVERS', cert('alpha'), 'service:intune')).toBeDefined();
    const names = await graph.read(
      '/* getTestNames */ MATCH (c:Entity {id: $id}) RETURN c.names AS names, c.facts AS facts',
      {
        id: cert('alpha'),
      },
    );
    expect(((names[0]?.names as string[] | undefined) ?? []).map((n) => n.split('\u001f')[0]).sort()).toEqual([
      'en',
      'ja',
    ]);
    expect(names[0]?.facts).toContain('validityYears\u001f3');
    // An offering known only from a link is named by the link's text, not by its id or slug.
    const gamma = await graph.read('/* getTestPlaceholder */ MATCH (c:Entity {id: $id}) RETURN c.name AS name', {
      id: cert('gamma'),
    });
    expect(gamma[0]?.name).toBe(`Gamma ${tag} Mark`);
    expect(await relation('RELATED_TO', cert('beta'), cert('gamma'))).toBeDefined();
  });

  it('keeps one content hash per set of directories: seeding these leaves the project content’s', async () => {
    const project = loadConfig({ ...process.env, NODE_ENV: 'test' });
    const before = await getMeta(graph, contentHashMetaId(project));
    const report = await run();
    const mine = { rootDir: ROOT, contentDirs: [dir], lexiconDirs: ['content/lexicon'] };
    expect(await getMeta(graph, contentHashMetaId(mine))).toBe(report.contentHash);
    expect(contentHashMetaId(mine)).not.toBe(contentHashMetaId(project));
    // Global setup seeded the project content; its record is untouched.
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(await getMeta(graph, contentHashMetaId(project))).toBe(before);
  });

  it('re-seeding unchanged input leaves the graph identical', async () => {
    const before = await snapshot();
    const report = await run();
    expect(report.articlesWritten).toBe(0);
    expect(report.articlesUnchanged).toBe(3);
    expect(await snapshot()).toBe(before);
  });

  it('a changed article replaces its old facts', async () => {
    write('en-us', 'alpha', alpha('ISO/IEC 27701'));
    const report = await run();
    expect(report.articlesWritten).toBe(1);
    expect(await relation('BASED_ON', cert('alpha'), 'standard:iso-iec-27018')).toBeUndefined();
    expect(await relation('BASED_ON', cert('alpha'), 'standard:iso-iec-27701')).toBeDefined();
    // The Japanese article's facts are untouched.
    expect(await relation('BASED_ON', cert('alpha'), 'standard:iso-iec-27017')).toBeDefined();
  });

  it('a now-broken article keeps its stored facts and is reported', async () => {
    const before = await snapshot();
    write('en-us', 'beta', '---js\n{ title: "x" }\n---\n');
    const report = await run();
    expect(report.rejected.map((r) => path.basename(r.file))).toEqual([`${slug('beta')}.md`]);
    expect(await snapshot()).toBe(before);
  });

  it('a removed article is retracted, and entities nothing supports disappear', async () => {
    unlinkSync(path.join(dir, 'en-us', `${slug('beta')}.md`));
    const report = await run();
    expect(report.articlesRetracted).toBe(1);
    const rows = await graph.read('/* getTestBeta */ MATCH (n:Entity {id: $id}) RETURN n.id AS id', {
      id: cert('beta'),
    });
    expect(rows).toEqual([]);
    // Curated lexicon entities stay even when an article that mentioned them goes.
    const fips = await graph.read('/* getFips */ MATCH (n:Entity {id: $id}) RETURN n.curated AS curated', {
      id: 'standard:fips-140-3',
    });
    expect(fips[0]?.curated).toBe(true);
  });
});
