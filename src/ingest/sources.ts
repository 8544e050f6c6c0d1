/**
 * Content directories → article texts, with INCLUDE directives expanded and bad files rejected.
 * Contracts:
 * - files are visited in a stable order (roots as given, then paths sorted);
 * - a file under an `includes/` folder, or the target of any INCLUDE, is a fragment, not an article;
 * - an INCLUDE must stay inside its content root; a missing target is a warning; a cycle is an error;
 * - symbolic links are followed only when they resolve inside the root; loops are rejected.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './front-matter.ts';
import type { Rejection, Warning } from './types.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
const MAX_INCLUDE_DEPTH = 8;
const INCLUDE = /\[!INCLUDE\s*\[([^\]]*)\]\(\s*<?([^)>\s]+)>?\s*\)\s*\]/gi;

export interface SourceFile {
  root: string;
  /** Path relative to root, with forward slashes. */
  rel: string;
  abs: string;
}

export type WalkResult = { files: SourceFile[]; rejected: Rejection[] };

const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

/** Lists Markdown files under each root (skipping dot-folders, node_modules and `lexicon`). */
export function listSources(roots: string[]): WalkResult {
  const files: SourceFile[] = [];
  const rejected: Rejection[] = [];
  for (const rootIn of roots) {
    const root = realpathSync(rootIn);
    const seenDirs = new Set<string>();
    const walk = (dir: string) => {
      const real = realpathSync(dir);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const abs = path.join(dir, e.name);
        const rel = path.relative(root, abs).split(path.sep).join('/');
        if (e.isSymbolicLink()) {
          let target: string;
          try {
            target = realpathSync(abs);
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (isMarkdown(e.name) || code === 'ELOOP') {
              rejected.push({
                file: abs,
                reason: code === 'ELOOP' ? 'symbolic link loop' : `broken symbolic link (${code})`,
              });
            }
            continue;
          }
          if (target !== root && !target.startsWith(root + path.sep)) {
            if (isMarkdown(e.name))
              rejected.push({ file: abs, reason: 'symbolic link points outside the content root' });
            continue;
          }
          const st = statSync(target);
          if (st.isDirectory()) {
            if (seenDirs.has(target)) rejected.push({ file: abs, reason: 'symbolic link loop' });
            else walk(abs);
          } else if (st.isFile() && isMarkdown(e.name)) files.push({ root, rel, abs });
          continue;
        }
        if (e.isDirectory()) {
          if (rel === 'lexicon') continue;
          walk(abs);
        } else if (e.isFile() && isMarkdown(e.name)) files.push({ root, rel, abs });
      }
    };
    walk(root);
  }
  return { files, rejected };
}

/** Reads a file as strict UTF-8 text. Throws InputError for empty, oversized, binary or non-UTF-8 files. */
export function readText(abs: string, maxBytes = MAX_ARTICLE_BYTES): string {
  const size = lstatSync(abs).isSymbolicLink() ? statSync(abs).size : lstatSync(abs).size;
  if (size > maxBytes) throw new InputError(`file is ${size} bytes, over the ${maxBytes}-byte limit`);
  const buf = readFileSync(abs);
  if (buf.length === 0) throw new InputError('file is empty');
  const nul = buf.indexOf(0);
  if (nul >= 0)
    throw new InputError(
      'file is binary (it contains NUL bytes)',
      buf.subarray(0, nul).toString('latin1').split('\n').length,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    let bad = 0;
    for (let i = 1; i <= buf.length; i++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, i));
        bad = i;
      } catch {
        if (i - bad > 4) break;
      }
    }
    const line = buf.subarray(0, bad).toString('utf8').split('\n').length;
    throw new InputError('file is not valid UTF-8', line);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('file is empty');
  return text.replace(/\r\n?/g, '\n');
}

/** An INCLUDE target with %-escapes decoded; null when its %-encoding is malformed. */
function decodeTarget(target: string): string | null {
  try {
    return decodeURI(target);
  } catch {
    return null;
  }
}

/** Relative INCLUDE targets named in `text`, resolved to absolute paths (no existence check). */
export function includeTargets(abs: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INCLUDE)) {
    const target = decodeTarget(m[2] ?? '');
    if (target !== null) out.push(path.resolve(path.dirname(abs), target));
  }
  return out;
}

function stripFrontMatter(text: string): string {
  const m = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/**
 * Replaces every INCLUDE directive by the target's text (its own front matter dropped), recursively.
 * Throws InputError for a path escaping the root or a cycle; records a warning for a missing target.
 */
export function expandIncludes(
  file: SourceFile,
  text: string,
  warnings: Warning[],
  stack: string[] = [file.abs],
): string {
  if (stack.length > MAX_INCLUDE_DEPTH) throw new InputError(`includes nested deeper than ${MAX_INCLUDE_DEPTH} levels`);
  return text
    .split('\n')
    .map((line, idx) => {
      if (!line.includes('[!INCLUDE') && !line.includes('[!include')) return line;
      return line.replace(INCLUDE, (_all, _title: string, target: string) => {
        const current = stack[stack.length - 1] as string;
        const lineNo = stack.length === 1 ? idx + 1 : undefined;
        const decoded = decodeTarget(target);
        if (decoded === null) throw new InputError(`INCLUDE "${target}" has malformed %-encoding`, lineNo);
        const resolved = path.resolve(path.dirname(current), decoded);
        if (resolved !== file.root && !resolved.startsWith(file.root + path.sep)) {
          throw new InputError(`INCLUDE "${target}" points outside the content root`, lineNo);
        }
        let real: string;
        try {
          real = realpathSync(resolved);
        } catch {
          warnings.push({
            file: file.abs,
            ...(lineNo ? { line: lineNo } : {}),
            message: `INCLUDE target "${target}" not found`,
          });
          return '';
        }
        if (!real.startsWith(file.root + path.sep))
          throw new InputError(`INCLUDE "${target}" points outside the content root`, lineNo);
        if (stack.includes(real)) {
          const chain = [...stack, real].map((p) => path.relative(file.root, p)).join(' → ');
          throw new InputError(`INCLUDE cycle: ${chain}`, lineNo);
        }
        const inner = stripFrontMatter(readText(real)).replace(/\n+$/, '');
        return expandIncludes(file, inner, warnings, [...stack, real]);
      });
    })
    .join('\n');
}
