/**
 * Writes a synthetic corpus: `<dir>/content/<locale>/offering-*.md` and `<dir>/lexicon/*.yaml`, ready
 * for `npm run seed -- --content <dir>/content --lexicon <dir>/lexicon`. Contract: deterministic
 * (same options → byte-identical files); articles are rendered and written one at a time, so the
 * generator's memory does not grow with the corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type PlannedFact, type RenderedArticle, renderArticle } from './render.ts';
import { LOCALE_INFO, type Words } from './vocab.ts';
import { buildWorld, type CorpusOptions, type World } from './world.ts';

export interface Manifest {
  seed: number;
  articles: number;
  offerings: number;
  authorities: number;
  standards: number;
  services: number;
  /** Entries in the synthetic lexicon (curated schemes included). */
  lexiconEntries: number;
  bytes: number;
  /** Facts the articles state (relationships, DESCRIBES included). */
  plannedFacts: number;
  contentDir: string;
  lexiconDir: string;
  /** Names and ids the API benchmark queries. */
  probe: {
    /** A scheme whose lead standard is at the deepest level (lineage at depth 5 is full). */
    deepCertification: { id: string; acronym: string; name: string };
    searchQuery: string;
  };
}

export function* renderCorpus(world: World): Generator<RenderedArticle> {
  for (const o of world.offerings) for (const loc of o.locales) yield renderArticle(world, o, loc);
}

const q = (s: string) => JSON.stringify(s);

function names(words: Words, skip = false): string {
  const entries = (['ja', 'de', 'fr', 'zh'] as const).map((l) => `${LOCALE_INFO[l].lang}: ${q(words[l])}`);
  return skip ? '' : `\n    names: { ${entries.join(', ')} }`;
}

/** The curated lexicon of the synthetic world, one YAML text per file name. */
export function lexiconFiles(world: World): Record<string, string> {
  const jur = world.countries.map((c) => `  - id: ${c.id}\n    name: ${q(c.name.en)}${names(c.name)}`);
  const auth = world.authorities.map(
    (a) =>
      `  - id: ${a.id}\n    name: ${q(a.name.en)}\n    acronym: ${q(a.acronym)}\n    kind: ${a.kind}${names(a.name)}\n    domains: [${a.id}.example]`,
  );
  const std = world.standards.map(
    (s) =>
      `  - id: ${s.id}\n    name: ${q(s.designation)}\n    designation: ${q(s.designation)}\n    title: ${q(s.title)}`,
  );
  const svc = world.services.map((s) => `  - id: ${s.id}\n    name: ${q(s.name)}`);
  // Half the schemes are curated (as in the real lexicon); the others are discovered from articles.
  const cert = world.offerings
    .filter((o) => o.curated)
    .map(
      (o) =>
        `  - id: ${o.slug}\n    name: ${q(o.name.en)}\n    acronym: ${q(o.acronym)}\n    type: ${o.type}\n    jurisdiction: ${o.country.id}${names(o.name)}\n    articles: [offering-${o.slug}]`,
    );
  return {
    'jurisdictions.yaml': `jurisdictions:\n${jur.join('\n\n')}\n`,
    'authorities.yaml': `authorities:\n${auth.join('\n\n')}\n`,
    'standards.yaml': `standards:\n${std.join('\n\n')}\n`,
    'services.yaml': `services:\n${svc.join('\n\n')}\n`,
    'certifications.yaml': cert.length ? `certifications:\n${cert.join('\n\n')}\n` : 'certifications: []\n',
  };
}

export function generateCorpus(dir: string, opts: CorpusOptions): Manifest {
  const world = buildWorld(opts);
  const contentDir = path.join(dir, 'content');
  const lexiconDir = path.join(dir, 'lexicon');
  mkdirSync(lexiconDir, { recursive: true });
  let bytes = 0;
  for (const [file, text] of Object.entries(lexiconFiles(world))) {
    writeFileSync(path.join(lexiconDir, file), text);
    bytes += Buffer.byteLength(text);
  }
  const made = new Set<string>();
  let plannedFacts = 0;
  for (const a of renderCorpus(world)) {
    const file = path.join(contentDir, a.path);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, a.text);
    bytes += Buffer.byteLength(a.text);
    plannedFacts += a.facts.length;
  }
  const deep = world.offerings[0];
  if (!deep) throw new Error('empty corpus');
  return {
    seed: world.seed,
    articles: world.articleCount,
    offerings: world.offerings.length,
    authorities: world.authorities.length,
    standards: world.standards.length,
    services: world.services.length,
    lexiconEntries:
      world.countries.length +
      world.authorities.length +
      world.standards.length +
      world.services.length +
      world.offerings.filter((o) => o.curated).length,
    bytes,
    plannedFacts,
    contentDir,
    lexiconDir,
    probe: {
      deepCertification: { id: `certification:${deep.slug}`, acronym: deep.acronym, name: deep.name.en },
      searchQuery: deep.name.en.split(' ').slice(0, 2).join(' '),
    },
  };
}

export type { PlannedFact };
