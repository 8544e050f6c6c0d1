/**
 * Fuzzing of the ingest layer with fast-check, run in a child process by
 * test/unit/fuzz-ingest.test.ts so that a hang can be stopped from outside (a synchronous loop
 * cannot be interrupted from inside its own thread).
 * Contract (the properties): for any text, `parseArticle` returns an article or throws InputError,
 * and `ingestFile` returns an article or a rejection whose reason is typed (never "unexpected error");
 * an accepted article's blocks and evidence quotes are verbatim substrings of its text; nothing
 * touches Object.prototype.
 * Usage: node --import tsx test/helpers/fuzz-ingest.ts <seed> <parseRuns> <fileRuns>
 * Prints one JSON line per phase to stdout: {"phase", "runs", "articles", "rejected"}; exits 1 with
 * fast-check's report (seed and counterexample) on stderr when a property fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/ingest/article.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { InputError } from '../../src/ingest/front-matter.ts';
import { loadLexicon } from '../../src/ingest/lexicon.ts';
import { ingestFile } from '../../src/ingest/pipeline.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

// ---- Arbitraries: Markdown and YAML built from the constructs the parsers care about. ----

const word = fc.oneof(
  fc.constantFrom('ISO/IEC 27001', 'JASA', 'C5', 'BSI', 'Azure', 'SOC 2', 'ISMAP', '日本', 'クラウド', 'Ü', '\u200b'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const inline = fc
  .array(
    fc.oneof(
      word,
      word.map((w) => `**${w}**`),
      word.map((w) => `_${w}_`),
      word.map((w) => `\`${w}\``),
      fc.tuple(word, word).map(([t, h]) => `[${t}](${h})`),
      fc.tuple(word, word).map(([t, h]) => `![${t}](${h})`),
      word.map((w) => `<a name="${w}"></a>`),
      fc.constantFrom('(', ')', '[', ']', '*', '_', '`', '<', '>', '{#x}', '\\', '&amp;', '|', '\t', '\r'),
      fc.constantFrom('is based on', 'is operated by', 'accredited by', 'に基づいて', 'basiert auf', '.', '。'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

const markdownLine = fc.oneof(
  { weight: 4, arbitrary: inline },
  inline.map((t) => `# ${t}`),
  fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc
    .tuple(fc.nat(12), fc.constantFrom('-', '*', '+', '1.', '99)'), inline)
    .map(([i, m, t]) => `${' '.repeat(i)}${m} ${t}`),
  fc.tuple(fc.integer({ min: 1, max: 20 }), inline).map(([n, t]) => `${'> '.repeat(n)}${t}`),
  fc.constantFrom('> [!NOTE]', '> [!WARNING]', '```', '~~~', '<!--', '-->', '---', '', '   ', '[!INCLUDE [x](x.md)]'),
  fc
    .tuple(word, fc.constantFrom('x.md', '../x.md', '/etc/passwd', '%E0%A4%A', 'includes/a.md'))
    .map(([t, p]) => `[!INCLUDE [${t}](${p})]`),
);
const markdown = fc.array(markdownLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

const yamlScalar = fc.oneof(
  word,
  fc.constantFrom(
    '"quoted',
    "'single'",
    '|',
    '>-',
    '~',
    'null',
    'true',
    '0x1F',
    '1e309',
    '2026-01-15',
    '!!js/function f',
  ),
  word.map((w) => JSON.stringify(w)),
);
const yamlLine = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(fc.constantFrom('title', 'ms.contentlocale', 'description', 'ms.date'), yamlScalar)
      .map(([k, v]) => `${k}: ${v}`),
  },
  fc.tuple(word, yamlScalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(fc.nat(8), word, yamlScalar).map(([i, k, v]) => `${' '.repeat(i)}${k}: ${v}`),
  fc.tuple(fc.nat(8), yamlScalar).map(([i, v]) => `${' '.repeat(i)}- ${v}`),
  fc.constantFrom('__proto__:', '  polluted: yes', 'constructor:', '  prototype: {polluted: yes}', 'a: &a [1, 2]'),
  fc.constantFrom('b: *a', 'c: [*a, *a, *a]', '<<: *a', '? complex', ': key', '%YAML 1.2', '...', 'x: !!binary aGk='),
  fc.constantFrom('d: [[[[[[', 'e: {{{', 'f: "unterminated', 'ms.contentlocale: xx-!!', 'title:', 'title: [1, 2]'),
  fc.tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom('[', '{a: ')).map(([n, o]) => `g: ${o.repeat(n)}`),
);
const frontMatter = fc
  .tuple(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('', 'yaml', 'YAML', ' ') },
      { weight: 1, arbitrary: fc.constantFrom('js', 'JS', 'javascript', 'json', 'toml', 'coffee', ' js') },
    ),
    fc.array(yamlLine, { maxLength: 10 }),
    fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  )
  .map(([lang, lines, closed]) => `---${lang}\n${lines.join('\n')}\n${closed ? '---\n' : ''}`);

/** An article-like text: optional front matter, Markdown, sometimes plain noise. */
export const articleText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.option(frontMatter), fc.option(inline, { freq: 4 }), markdown)
      .map(([fm, h1, md]) => `${fm ?? ''}${h1 === null ? '' : `# Scheme ${h1}\n`}${md}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
);

const relPath = fc.constantFrom(
  'en-us/offering-x.md',
  'ja-jp/offering-x.md',
  'zh-cn/offering-x.md',
  'offering-x.md',
  'xx/offering-x.md',
  'de-de/sub/offering-__proto__.md',
);

// ---- Properties ----

function checkArticle(a: ReturnType<typeof parseArticle>, text: string): void {
  if (typeof a.title !== 'string' || a.title === '') throw new Error('accepted article without a title');
  if (!/^[0-9a-f]{64}$/.test(a.hash)) throw new Error('bad hash');
  for (const s of a.sections)
    for (const b of s.blocks)
      if (!text.includes(b.raw)) throw new Error(`block not verbatim: ${JSON.stringify(b.raw)}`);
}

function checkPrototype(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || Object.prototype.constructor !== Object) {
    throw new Error('Object.prototype was modified');
  }
}

function main(): void {
  const [seedArg, parseRunsArg, fileRunsArg] = process.argv.slice(2);
  const seed = Number(seedArg);
  const lexicon = loadLexicon([path.join(ROOT, 'content/lexicon')], ROOT);
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).join(',');

  let articles = 0;
  let rejected = 0;
  fc.assert(
    fc.property(relPath, articleText, (rel, text) => {
      try {
        const a = parseArticle(rel, text);
        checkArticle(a, text);
        const facts = extractArticle(a, lexicon);
        for (const r of facts.relationships)
          for (const e of r.evidence)
            if (!a.text.includes(e.quote)) throw new Error(`quote not verbatim: ${JSON.stringify(e.quote)}`);
        articles += 1;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        if (err.message === '') throw new Error('InputError without a message');
        rejected += 1;
      }
      checkPrototype();
    }),
    { seed, numRuns: Number(parseRunsArg) },
  );
  process.stdout.write(
    `${JSON.stringify({ phase: 'parseArticle', runs: Number(parseRunsArg), articles, rejected })}\n`,
  );

  const root = mkdtempSync(path.join(os.tmpdir(), 'cg-fuzz-'));
  try {
    mkdirSync(path.join(root, 'en-us', 'includes'), { recursive: true });
    writeFileSync(path.join(root, 'en-us', 'includes', 'a.md'), 'Included text based on ISO/IEC 27001.\n');
    writeFileSync(path.join(root, 'en-us', 'x.md'), '[!INCLUDE [self](x.md)]\n');
    const abs = path.join(root, 'en-us', 'offering-fuzz.md');
    articles = 0;
    rejected = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          articleText,
          articleText.map((t) => Buffer.from(t, 'latin1')),
        ),
        (content) => {
          writeFileSync(abs, content);
          const item = ingestFile({ root, rel: 'en-us/offering-fuzz.md', abs }, lexicon);
          if (item.kind === 'rejected') {
            if (/^unexpected error/.test(item.rejection.reason)) throw new Error(item.rejection.reason);
            if (item.rejection.file !== abs) throw new Error('rejection does not name the file');
            rejected += 1;
          } else if (item.kind === 'article') {
            articles += 1;
          } else {
            throw new Error(`unexpected item kind ${item.kind}`);
          }
          checkPrototype();
        },
      ),
      { seed, numRuns: Number(fileRunsArg) },
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ phase: 'ingestFile', runs: Number(fileRunsArg), articles, rejected })}\n`);
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== protoKeys) throw new Error('Object.prototype changed');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
