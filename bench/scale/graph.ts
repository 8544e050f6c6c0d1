/**
 * A large synthetic graph in the project's own storage format, written with writeSources (so claims,
 * evidence and derived properties are exactly what the seed writes) but without article text: each
 * source states one scheme's facts, or one slice of the standards DAG. Shape, for N nodes:
 * 55 % standards in a BASED_ON DAG up to 12 levels, 25 % certifications (each based on 1–3
 * standards, accredited by one authority, covering 3–12 services, applying in a jurisdiction),
 * 5 % authorities (a few established by others), 15 % services. Deterministic for a given N.
 */
import type { Graph } from '../../src/graph/driver.ts';
import { type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import type { GraphNode, GraphRelationship, RelationType } from '../../src/ingest/types.ts';
import { Rng } from '../corpus/rng.ts';

export interface ScaleGraph {
  nodes: number;
  relationships: number;
  /** A certification whose lead standard sits on the deepest level. */
  deepCertification: { id: string; acronym: string };
  writeMs: number;
}

const LEVELS = 12;

export async function writeScaleGraph(
  graph: Graph,
  nodes: number,
  log: (m: string) => void,
  batchSize = 200,
): Promise<ScaleGraph> {
  const rng = new Rng(nodes);
  const nStd = Math.floor(nodes * 0.55);
  const nCert = Math.floor(nodes * 0.25);
  const nAuth = Math.floor(nodes * 0.05);
  const nSvc = nodes - nStd - nCert - nAuth - 12;
  const level = (i: number) => Math.min(LEVELS - 1, Math.floor((i / nStd) * LEVELS));
  const firstOfLevel = (l: number) => Math.ceil((l * nStd) / LEVELS);
  const std = (i: number) => `standard:sx-${i}`;
  const node = (id: string, kind: GraphNode['labels'][number], name: string, acronym?: string): GraphNode => ({
    id,
    labels: [kind],
    properties: { name, names: { en: name }, ...(acronym ? { acronym } : {}) },
  });
  let relationships = 0;
  let sources: SourceFacts[] = [];
  let written = 0;
  const started = performance.now();
  const flush = async () => {
    if (!sources.length) return;
    await writeSources(graph, sources, []);
    written += sources.length;
    sources = [];
  };
  const source = async (key: string, ns: GraphNode[], rels: Array<[RelationType, string, string]>) => {
    const path = `scale/${key}.md`;
    const relationships2: GraphRelationship[] = rels.map(([type, start, end]) => ({
      type,
      start,
      end,
      properties: {},
      evidence: [{ article: path, locale: 'en-US', section: 'overview', quote: `${start} ${type} ${end}.` }],
    }));
    relationships += rels.length;
    sources.push({
      article: { id: `article:${path}`, path, locale: 'en-US', title: key, hash: key },
      nodes: ns,
      relationships: relationships2,
      candidates: [],
      warnings: [],
      root: 'bench:scale',
      curated: false,
    });
    if (sources.length >= batchSize) await flush();
  };
  // Standards: each below the top level is based on one standard of the level above and maybe another.
  for (let i = 0; i < nStd; i += 50) {
    const ns: GraphNode[] = [];
    const rels: Array<[RelationType, string, string]> = [];
    for (let k = i; k < Math.min(nStd, i + 50); k++) {
      ns.push(node(std(k), 'Standard', `SX ${k}`));
      const l = level(k);
      if (l === 0) continue;
      const parent = rng.int(firstOfLevel(l - 1), firstOfLevel(l) - 1);
      ns.push(node(std(parent), 'Standard', `SX ${parent}`));
      rels.push(['BASED_ON', std(k), std(parent)]);
      if (rng.chance(0.3)) {
        const other = rng.int(0, firstOfLevel(l) - 1);
        ns.push(node(std(other), 'Standard', `SX ${other}`));
        rels.push(['BASED_ON', std(k), std(other)]);
      }
    }
    await source(`standards-${i}`, ns, rels);
  }
  for (let a = 0; a < nAuth; a += 50) {
    const ns: GraphNode[] = [];
    const rels: Array<[RelationType, string, string]> = [];
    for (let k = a; k < Math.min(nAuth, a + 50); k++) {
      ns.push(node(`authority:ax-${k}`, 'Authority', `Authority X${k}`, `AX${k}`));
      if (k > 10 && rng.chance(0.5)) {
        const by = rng.int(0, 10);
        ns.push(node(`authority:ax-${by}`, 'Authority', `Authority X${by}`, `AX${by}`));
        rels.push(['ESTABLISHED_BY', `authority:ax-${k}`, `authority:ax-${by}`]);
      }
    }
    await source(`authorities-${a}`, ns, rels);
  }
  for (let c = 0; c < nCert; c++) {
    const id = `certification:cx-${c}`;
    const ns = [node(id, 'Certification', `Scheme X${c}`, `CX${c}`)];
    const rels: Array<[RelationType, string, string]> = [];
    // Certification 0 builds on the last (deepest) standard.
    const leads =
      c === 0
        ? [nStd - 1]
        : rng.sample(
            [...Array(3).keys()].map(() => rng.int(0, nStd - 1)),
            rng.int(1, 3),
          );
    for (const s of leads) {
      ns.push(node(std(s), 'Standard', `SX ${s}`));
      rels.push(['BASED_ON', id, std(s)]);
    }
    const auth = rng.int(0, nAuth - 1);
    ns.push(node(`authority:ax-${auth}`, 'Authority', `Authority X${auth}`, `AX${auth}`));
    rels.push(['ACCREDITS', `authority:ax-${auth}`, id]);
    for (let k = rng.int(3, 12); k > 0; k--) {
      const s = rng.int(0, nSvc - 1);
      ns.push(node(`service:vx-${s}`, 'Service', `Service X${s}`));
      rels.push(['COVERS', id, `service:vx-${s}`]);
    }
    const j = rng.int(0, 11);
    ns.push(node(`jurisdiction:jx-${j}`, 'Jurisdiction', `Region X${j}`));
    rels.push(['APPLIES_IN', id, `jurisdiction:jx-${j}`]);
    await source(`cert-${c}`, ns, rels);
    if (c % 5000 === 0 && c > 0) log(`scale: ${c} of ${nCert} schemes written (${written} sources)…`);
  }
  // Services nothing covers still exist as nodes.
  for (let s = 0; s < nSvc; s += 200) {
    const ns: GraphNode[] = [];
    for (let k = s; k < Math.min(nSvc, s + 200); k++) ns.push(node(`service:vx-${k}`, 'Service', `Service X${k}`));
    await source(`services-${s}`, ns, []);
  }
  await flush();
  return {
    nodes: nStd + nCert + nAuth + nSvc + 12,
    relationships,
    deepCertification: { id: 'certification:cx-0', acronym: 'CX0' },
    writeMs: performance.now() - started,
  };
}
