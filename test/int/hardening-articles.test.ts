/**
 * Hardening: untrusted articles go through the real seed into the real Neo4j next to good ones.
 * Each hostile file is rejected with a reason naming it (or, where it is valid Markdown, read as
 * plain data); no front-matter code runs; Object.prototype is untouched; the good articles are
 * still seeded. Unit-level cases of the same kinds live in test/unit/front-matter.test.ts and
 * test/unit/sources.test.ts; this file proves them end to end, all in one corpus.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedReport, seed } from '../../seed/run.ts';
import { corpusArticle } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/extract.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const tag = uniquePrefix('hostile');
const marker = path.join(os.tmpdir(), `${tag}-pwned`);
const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
let dir: string;
let outside: string;
let report: SeedReport;
const flag = `__cg_${tag.replace(/-/g, '_')}`;

/** Front matter that would run code, if any engine ran it. */
const jsFrontMatter = (lang: string) =>
  `---${lang}\n{ title: (globalThis.${flag} = true, require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'x') }\n---\n# Hostile\n`;

const yamlBomb = [
  '---',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'title: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '---',
  '# Bomb',
  '',
].join('\n');

const DEEP = 5000;

/** Files that must be rejected, with the reason they must be rejected for. */
const HOSTILE: Record<string, { body: string | Buffer; reason: RegExp }> = {
  'js.md': { body: jsFrontMatter('js'), reason: /front matter language "js" is not allowed/ },
  'javascript.md': {
    body: jsFrontMatter('javascript'),
    reason: /front matter language "javascript" is not allowed/,
  },
  'js-upper.md': { body: jsFrontMatter('JS'), reason: /front matter language "JS" is not allowed/ },
  'js-spaced.md': { body: jsFrontMatter(' js '), reason: /front matter language "js" is not allowed/ },
  'coffee.md': { body: jsFrontMatter('coffee'), reason: /front matter language "coffee" is not allowed/ },
  'yaml-bomb.md': { body: yamlBomb, reason: /YAML rejected/ },
  'deep-flow-seq.md': {
    body: `---\ntitle: x\ndeep: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n---\n# Deep\n`,
    reason: /YAML/,
  },
  'deep-flow-map.md': {
    body: `---\ntitle: x\ndeep: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n---\n# Deep\n`,
    reason: /YAML/,
  },
  'unclosed.md': { body: '---\ntitle: Never closed\n# Body\n\nText.\n', reason: /not closed/ },
  '10mb.md': {
    body: `# Huge\n\n${'The scheme is based on ISO/IEC 27001. '.repeat((10 * 1024 * 1024) / 38)}\n`,
    reason: /over the .*limit/,
  },
  'invalid-utf8.md': {
    body: Buffer.concat([
      Buffer.from('# Bad bytes\n\nText '),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
      Buffer.from('\n'),
    ]),
    reason: /not valid UTF-8/,
  },
  'overlong-utf8.md': {
    body: Buffer.concat([
      Buffer.from('# Overlong\n\n'),
      Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]),
      Buffer.from('\n'),
    ]),
    reason: /not valid UTF-8/,
  },
  'include-parent.md': {
    body: '# Escape\n\n[!INCLUDE [x](../../../../../../../../etc/passwd)]\n',
    reason: /outside the content root/,
  },
  'include-absolute.md': {
    body: '# Escape\n\n[!INCLUDE [x](/etc/passwd)]\n',
    reason: /outside the content root/,
  },
  'include-encoded.md': {
    body: '# Escape\n\n[!INCLUDE [x](%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd)]\n',
    reason: /outside the content root/,
  },
  'include-symlink.md': {
    body: '# Escape\n\n[!INCLUDE [x](includes/outside-link.md)]\n',
    reason: /outside the content root/,
  },
  'include-cycle.md': {
    body: '# Cycle\n\n[!INCLUDE [a](includes/cycle-a.md)]\n',
    reason: /INCLUDE cycle/,
  },
  'include-bad-encoding.md': {
    body: '# Bad escape\n\n[!INCLUDE [x](%E0%A4%A.md)]\n',
    reason: /INCLUDE "%E0%A4%A.md" has malformed %-encoding/,
  },
};

/** Articles that INCLUDE themselves or each other: all are INCLUDE targets, yet each is reported. */
const ARTICLE_CYCLES: Record<string, { body: string; reason: RegExp }> = {
  'include-self.md': { body: '# Self\n\n[!INCLUDE [me](SELF)]\n', reason: /INCLUDE cycle: .*self\.md → .*self\.md/ },
  'include-ping.md': {
    body: '# Ping\n\n[!INCLUDE [pong](PONG)]\n',
    reason: /INCLUDE cycle: .*ping\.md → .*pong\.md → .*ping\.md/,
  },
  'include-pong.md': {
    body: '# Pong\n\n[!INCLUDE [ping](PING)]\n',
    reason: /INCLUDE cycle: .*pong\.md → .*ping\.md → .*pong\.md/,
  },
};

/** Other files rejected on the way: the link out of the root, and the fragments in a cycle. */
const ALSO_REJECTED: Record<string, RegExp> = {
  'includes/outside-link.md': /symbolic link points outside the content root/,
  'includes/cycle-a.md': /INCLUDE cycle/,
  'includes/cycle-b.md': /INCLUDE cycle/,
};

/** Hostile-looking files that are valid articles: read as plain data, never as instructions. */
const DATA_ONLY: Record<string, string> = {
  'proto.md': `---\ntitle: Proto ${tag}\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype:\n  polluted: yes\n---\n# Proto ${tag}\n\nThe scheme is based on ISO/IEC 27001.\n`,
  'deep-markdown.md': `# Deep Markdown ${tag}\n\n${'> '.repeat(DEEP)}quoted\n\n${'['.repeat(DEEP)}x${'](y)'.repeat(DEEP)}\n\n${'*_'.repeat(DEEP)}x${'_*'.repeat(DEEP)}\n`,
  'yaml-tags.md': `---\ntitle: !!js/function "function () { globalThis.${flag} = true }"\ndescription: !!binary aGVsbG8=\n---\n# Tags ${tag}\n\nText.\n`,
  'injection.md': `---\ntitle: "x' }) MATCH (n) DETACH DELETE n //"\n---\n# Injection ${tag}\n\nThe scheme is based on ISO/IEC 27001 \\" }) MATCH (n) DETACH DELETE n //.\n`,
};

const GOOD = [0, 1, 2];
/** Article ids are global (`article:<path>`): every file name carries this file's tag. */
const file = (key: string) => `offering-${tag}-${key}`;

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cg-hostile-')));
  outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cg-hostile-outside-')));
  writeFileSync(path.join(outside, 'secret.md'), 'SECRET-OUTSIDE-THE-ROOT\n');
  const en = path.join(dir, 'en-us');
  mkdirSync(path.join(en, 'includes'), { recursive: true });
  for (const [key, { body }] of Object.entries(HOSTILE)) writeFileSync(path.join(en, file(key)), body);
  for (const [key, body] of Object.entries(DATA_ONLY)) writeFileSync(path.join(en, file(key)), body);
  for (const n of GOOD) writeFileSync(path.join(en, `offering-${tag}-${n}.md`), corpusArticle(tag, n));
  for (const [key, { body }] of Object.entries(ARTICLE_CYCLES)) {
    const named = body
      .replace('SELF', file('include-self.md'))
      .replace('PONG', file('include-pong.md'))
      .replace('PING', file('include-ping.md'));
    writeFileSync(path.join(en, file(key)), named);
  }
  symlinkSync(path.join(outside, 'secret.md'), path.join(en, 'includes', 'outside-link.md'));
  writeFileSync(path.join(en, 'includes', 'cycle-a.md'), 'A\n[!INCLUDE [b](cycle-b.md)]\n');
  writeFileSync(path.join(en, 'includes', 'cycle-b.md'), 'B\n[!INCLUDE [a](cycle-a.md)]\n');
  report = await seed(graph, { rootDir: ROOT, contentDirs: [dir], lexiconDirs: ['content/lexicon'] });
});

afterAll(async () => {
  // Retract: seed the same root with its files moved away.
  const away = `${dir}.away`;
  renameSync(dir, away);
  mkdirSync(dir);
  await seed(graph, { rootDir: ROOT, contentDirs: [dir], lexiconDirs: ['content/lexicon'] });
  const left = await graph.read('/* countHostileLeft */ MATCH (a:Article) WHERE a.root = $root RETURN count(a) AS n', {
    root: dir,
  });
  expect(left[0]?.n).toBe(0);
  rmSync(dir, { recursive: true, force: true });
  rmSync(away, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  rmSync(marker, { force: true });
  await graph.close();
});

describe('untrusted articles seeded into Neo4j', () => {
  it.each(Object.entries(HOSTILE))('rejects %s with a clear reason naming the file', (key, { reason }) => {
    const name = file(key);
    const found = report.rejected.filter((r) => path.basename(r.file) === name);
    expect(found, `${name}: ${JSON.stringify(report.rejected.map((r) => r.file))}`).toHaveLength(1);
    expect(found[0]?.file).toBe(path.join(dir, 'en-us', name));
    expect(found[0]?.reason).toMatch(reason);
  });

  it.each(Object.entries(ARTICLE_CYCLES))('rejects %s, an article in an INCLUDE cycle', (key, { reason }) => {
    const found = report.rejected.filter((r) => r.file === path.join(dir, 'en-us', file(key)));
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toMatch(reason);
  });

  it.each(Object.entries(ALSO_REJECTED))('reports %s', (rel, reason) => {
    const found = report.rejected.filter((r) => r.file === path.join(dir, 'en-us', rel));
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toMatch(reason);
  });

  it('rejects nothing else', () => {
    const expected = new Set([
      ...[...Object.keys(HOSTILE), ...Object.keys(ARTICLE_CYCLES)].map((k) => path.join(dir, 'en-us', file(k))),
      ...Object.keys(ALSO_REJECTED).map((rel) => path.join(dir, 'en-us', rel)),
    ]);
    expect(report.rejected.filter((r) => !expected.has(r.file))).toEqual([]);
  });

  it('runs no front-matter code and leaves Object.prototype untouched', () => {
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('never copies text from outside the content root into the graph', async () => {
    const rows = await graph.read(
      `/* findOutsideText */ MATCH (s)-[r]->() WHERE any(e IN r.evidence WHERE e CONTAINS 'SECRET-OUTSIDE-THE-ROOT' OR e CONTAINS 'root:x:0:0')
RETURN count(r) AS n`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('still seeds the good articles and the data-only ones, with their facts', async () => {
    const rows = await graph.read(
      '/* listHostileRootArticles */ MATCH (a:Article) WHERE a.root = $root RETURN a.path AS path, a.title AS title ORDER BY path',
      { root: dir },
    );
    const paths = rows.map((r) => r.path);
    expect(paths).toEqual(
      [...Object.keys(DATA_ONLY).map(file), ...GOOD.map((n) => `offering-${tag}-${n}.md`)]
        .map((f) => `en-us/${f}`)
        .sort(),
    );
    for (const n of GOOD) {
      const based = await graph.read(
        '/* getHostileGood */ MATCH (c:Entity {id: $id})-[r:BASED_ON]->(s:Entity) RETURN s.id AS s, r.evidence AS evidence',
        { id: `certification:${tag}-${n}` },
      );
      expect(based.length, `certification:${tag}-${n}`).toBeGreaterThan(0);
    }
  });

  it('keeps hostile strings as data: titles stored verbatim, the rest of the graph intact', async () => {
    const rows = await graph.read(
      '/* getHostileTitles */ MATCH (a:Article) WHERE a.root = $root AND a.path IN $paths RETURN a.path AS path, a.title AS title ORDER BY path',
      { root: dir, paths: ['injection.md', 'proto.md', 'yaml-tags.md'].map((k) => `en-us/${file(k)}`) },
    );
    expect(rows).toEqual([
      { path: `en-us/${file('injection.md')}`, title: "x' }) MATCH (n) DETACH DELETE n //" },
      { path: `en-us/${file('proto.md')}`, title: `Proto ${tag}` },
      { path: `en-us/${file('yaml-tags.md')}`, title: `function () { globalThis.${flag} = true }` },
    ]);
    const content = await graph.read(
      '/* countSeededContent */ MATCH (a:Article) WHERE a.path STARTS WITH $p AND NOT a.curated RETURN count(a) AS n',
      { p: 'en-us/offering-cs-gold-mark' },
    );
    expect(content[0]?.n).toBe(1);
  });
});
