/**
 * One article's text → a ParsedArticle. Pure: no file system.
 * Throws InputError (with a line where possible) for an article that cannot be read.
 */
import { createHash } from 'node:crypto';
import { InputError, readFrontMatter } from './front-matter.ts';
import { langOf, localeFromPath, localeFromScript, normalizeLocale } from './locale.ts';
import { type MarkdownDoc, parseMarkdown, type Section, stripInline } from './markdown.ts';

export interface ParsedArticle {
  /** Path relative to the content root, forward slashes. */
  path: string;
  /** File name without extension (`offering-iso-27017`): the offering key shared by translations. */
  slug: string;
  locale: string;
  lang: string;
  title: string;
  description: string | null;
  date: string | null;
  h1: MarkdownDoc['h1'];
  frontMatter: Record<string, unknown>;
  sections: Section[];
  /** The text the quotes come from: the source with includes expanded. */
  text: string;
  /** sha256 of the expanded text. */
  hash: string;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' || v instanceof Date) return String(v instanceof Date ? v.toISOString().slice(0, 10) : v);
  return null;
}

export function parseArticle(relPath: string, text: string): ParsedArticle {
  const fm = readFrontMatter(text);
  const doc = parseMarkdown(fm.body, fm.bodyLine);
  const fmTitle = str(fm.data.title);
  const title = fmTitle ? stripInline(fmTitle) : doc.h1?.text;
  if (!title)
    throw new InputError('article has no title: neither a front-matter "title" nor an H1 heading', fm.bodyLine);
  const declared = str(fm.data['ms.contentlocale']) ?? str(fm.data.locale) ?? str(fm.data.lang);
  let locale = declared ? normalizeLocale(declared) : null;
  if (declared && !locale) throw new InputError(`ms.contentlocale "${declared}" is not a locale tag`, 2);
  locale ??= localeFromPath(relPath) ?? localeFromScript(fm.body);
  const file = relPath.split('/').pop() ?? relPath;
  return {
    path: relPath,
    slug: file.replace(/\.(md|markdown)$/i, ''),
    locale,
    lang: langOf(locale),
    title,
    description: str(fm.data.description),
    date: str(fm.data['ms.date']) ?? str(fm.data['ms.lasthandoff']) ?? str(fm.data.date),
    h1: doc.h1,
    frontMatter: fm.data,
    sections: doc.sections,
    text,
    hash: createHash('sha256').update(text).digest('hex'),
  };
}
