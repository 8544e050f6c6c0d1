/** Extraction helpers for unit tests: the project's lexicon and a one-call article → facts. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/ingest/article.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { loadLexicon } from '../../src/ingest/lexicon.ts';
import type { ArticleFacts, GraphRelationship } from '../../src/ingest/types.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const lexicon = loadLexicon([path.join(ROOT, 'content/lexicon')], ROOT);

export function extract(relPath: string, text: string): ArticleFacts & { text: string } {
  return { ...extractArticle(parseArticle(relPath, text), lexicon), text };
}

/** Relationships of a type as `start -> end` strings, for compact assertions. */
export function rels(facts: ArticleFacts, type: GraphRelationship['type']): string[] {
  return facts.relationships.filter((r) => r.type === type).map((r) => `${r.start} -> ${r.end}`);
}

export function relation(facts: ArticleFacts, type: GraphRelationship['type'], start: string, end: string) {
  return facts.relationships.find((r) => r.type === type && r.start === start && r.end === end);
}

export function article(locale: string, title: string, body: string): string {
  return `---\ntitle: ${title}\nms.contentlocale: ${locale}\nms.date: 01/15/2026\n---\n${body}`;
}

/** Facts of an article at `path` (its slug decides the described offering) whose overview holds `paragraphs`. */
export function readOverview(path: string, locale: string, title: string, ...paragraphs: string[]) {
  return extract(
    path,
    article(locale, title, `# ${title}\n\n## <a name="overview"></a>Overview\n\n${paragraphs.join('\n\n')}\n`),
  );
}

/** Facts of a one-paragraph overview `body` in an article `<locale>/offering-<slug>.md` titled by the slug. */
export function readSlug(locale: string, slug: string, body: string) {
  return readOverview(`${locale.toLowerCase()}/offering-${slug}.md`, locale, slug.toUpperCase(), body);
}
