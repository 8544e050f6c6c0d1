/**
 * Content roots → a stream of per-article results. Two passes over the files: the first finds
 * fragments (INCLUDE targets) and the content hash, the second parses and extracts one article at a
 * time, so memory stays flat in corpus size.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArticle } from './article.ts';
import { extractArticle } from './extract.ts';
import { InputError } from './front-matter.ts';
import type { Lexicon } from './lexicon.ts';
import { expandIncludes, includeTargets, listSources, readText, type SourceFile } from './sources.ts';
import type { ArticleFacts, Rejection, Warning } from './types.ts';

export type IngestItem =
  | { kind: 'article'; root: string; facts: ArticleFacts }
  | { kind: 'rejected'; root: string | null; rel?: string; rejection: Rejection }
  | { kind: 'fragment'; root: string; file: string };

export interface ScanResult {
  files: SourceFile[];
  fragments: Set<string>;
  rejected: Rejection[];
  /** sha256 over every file's path and bytes (and the lexicon's hash): changes when content changes. */
  contentHash: string;
}

/**
 * Files that INCLUDE themselves, directly or through others: every one of them is an INCLUDE target,
 * so none would be read as an article and nothing else would report them.
 */
function includeCycles(files: SourceFile[], targets: Map<string, string[]>): Rejection[] {
  const out: Rejection[] = [];
  for (const f of files) {
    if (!targets.has(f.abs)) continue;
    // Iterative depth-first search from f (chains can be as long as the corpus).
    const chain: Array<{ file: string; next: number }> = [{ file: f.abs, next: 0 }];
    const seen = new Set<string>([f.abs]);
    let found = false;
    while (chain.length > 0 && !found) {
      const top = chain[chain.length - 1] as { file: string; next: number };
      const t = (targets.get(top.file) ?? [])[top.next++];
      if (t === undefined) chain.pop();
      else if (t === f.abs) found = true;
      else if (!seen.has(t)) {
        seen.add(t);
        chain.push({ file: t, next: 0 });
      }
    }
    if (!found) continue;
    const shown = [...chain.map((c) => c.file), f.abs].map((p) => path.relative(f.root, p)).join(' → ');
    out.push({ file: f.abs, reason: `INCLUDE cycle: ${shown}` });
  }
  return out;
}

export function scanContent(roots: string[], lexiconHash = ''): ScanResult {
  const { files, rejected } = listSources(roots);
  const fragments = new Set<string>();
  const targets = new Map<string, string[]>();
  const hash = createHash('sha256').update(lexiconHash);
  for (const f of files) {
    if (f.rel.split('/').includes('includes')) fragments.add(f.abs);
    hash.update(`${f.root}\0${f.rel}\0`);
    try {
      const text = readText(f.abs);
      hash.update(text);
      const found = includeTargets(f.abs, text);
      for (const t of found) fragments.add(t);
      if (found.length > 0) targets.set(f.abs, found);
    } catch {
      hash.update('\0unreadable');
    }
  }
  rejected.push(...includeCycles(files, targets));
  return { files, fragments, rejected, contentHash: hash.digest('hex') };
}

function describe(err: unknown): { reason: string; line?: number } {
  if (err instanceof InputError) return { reason: err.message, ...(err.line ? { line: err.line } : {}) };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ELOOP') return { reason: 'symbolic link loop' };
  if (e?.code) return { reason: `cannot read file (${e.code})` };
  return { reason: `unexpected error: ${(err as Error)?.message ?? String(err)}` };
}

/** Parses and extracts one file. Never throws: failures become rejections. */
export function ingestFile(file: SourceFile, lexicon: Lexicon | null): IngestItem {
  const warnings: Warning[] = [];
  try {
    const raw = readText(file.abs);
    const text = expandIncludes(file, raw, warnings);
    const article = parseArticle(file.rel, text);
    const facts = extractArticle(article, lexicon);
    facts.warnings.push(...warnings);
    return { kind: 'article', root: file.root, facts };
  } catch (err) {
    return { kind: 'rejected', root: file.root, rel: file.rel, rejection: { file: file.abs, ...describe(err) } };
  }
}

export function* ingestContent(scan: ScanResult, lexicon: Lexicon | null): Generator<IngestItem> {
  for (const r of scan.rejected) yield { kind: 'rejected', root: null, rejection: r };
  for (const file of scan.files) {
    if (scan.fragments.has(file.abs) || scan.fragments.has(path.resolve(file.abs))) {
      yield { kind: 'fragment', root: file.root, file: file.abs };
      continue;
    }
    yield ingestFile(file, lexicon);
  }
}
