/**
 * A line-oriented reader for DocFX Markdown, just deep enough for compliance-offering articles:
 * headings with `<a name>` anchors, paragraphs, list items, `> [!NOTE]` alerts, links.
 * Contract: every `raw` string is a verbatim substring of the text given to parseMarkdown, so quotes
 * taken from it are substrings of the article.
 */

export interface Link {
  text: string;
  href: string;
}

export type BlockKind = 'paragraph' | 'item' | 'note' | 'heading';

export interface Block {
  kind: BlockKind;
  raw: string;
  /** 1-based source line of the block's first line. */
  line: number;
  /** List nesting depth (0 for top-level items and non-items). */
  depth: number;
  /** Alert type for notes (`NOTE`, `TIP`, `IMPORTANT`, …). */
  alert?: string;
}

export interface Section {
  /** English anchor; for headings without one, a slug of the heading text. `""` before any heading. */
  anchor: string;
  heading: string;
  level: number;
  line: number;
  blocks: Block[];
}

export interface MarkdownDoc {
  h1: { anchor: string; text: string; line: number } | null;
  sections: Section[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/;
const QUOTE = /^[ \t]{0,3}>[ \t]?(.*)$/;
const FENCE = /^[ \t]*(```|~~~)/;
const ANCHOR = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["']\s*(?:\/>|>\s*<\/a>)/i;

export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function parseHeading(text: string): { anchor: string | null; text: string } {
  const m = ANCHOR.exec(text);
  const curly = /\{#([\w-]+)\}\s*$/.exec(text);
  const anchor = m?.[1] ?? curly?.[1] ?? null;
  const clean = stripInline(text.replace(ANCHOR, '').replace(/\{#[\w-]+\}\s*$/, ''));
  return { anchor, text: clean };
}

/** Markdown inline → plain text (links keep their text; emphasis, code marks and tags dropped). */
export function stripInline(raw: string): string {
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractLinks(raw: string): Link[] {
  const out: Link[] = [];
  const re = /(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ text: stripInline(m[1] ?? ''), href: m[2] ?? '' });
  return out;
}

/**
 * Splits `text` into blocks under sections. `firstLine` is the source line number of text's first line.
 */
export function parseMarkdown(text: string, firstLine = 1): MarkdownDoc {
  const lines = text.split('\n');
  const sections: Section[] = [{ anchor: '', heading: '', level: 0, line: firstLine, blocks: [] }];
  let h1: MarkdownDoc['h1'] = null;
  let current = sections[0] as Section;
  let para: { start: number; end: number; line: number } | null = null;
  let item: { start: number; end: number; line: number; depth: number } | null = null;
  let inFence = false;
  let inComment = false;
  // Character offset of each line start, so raw blocks are exact slices of `text`.
  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  const slice = (startLine: number, endLine: number) => {
    const a = offsets[startLine] ?? 0;
    const b = (offsets[endLine] ?? text.length) + (lines[endLine]?.length ?? 0);
    return text.slice(a, b).replace(/\r$/, '');
  };
  const flush = () => {
    if (para) {
      const raw = slice(para.start, para.end).trim();
      if (raw) current.blocks.push({ kind: 'paragraph', raw, line: para.line, depth: 0 });
      para = null;
    }
    if (item) {
      const full = slice(item.start, item.end);
      const body = ITEM.exec(full.split('\n')[0] ?? '')?.[2] ?? '';
      const rawStart = full.indexOf(body);
      const raw = full.slice(rawStart).trim();
      if (raw) current.blocks.push({ kind: 'item', raw, line: item.line, depth: item.depth });
      item = null;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const lineNo = firstLine + i;
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (inComment || /^\s*<!--/.test(line)) {
      flush();
      inComment = !line.includes('-->');
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h && !/^\s/.test(line)) {
      flush();
      const level = (h[1] ?? '#').length;
      const { anchor, text: headingText } = parseHeading(h[2] ?? '');
      if (level === 1 && !h1) {
        h1 = { anchor: anchor ?? slugify(headingText), text: headingText, line: lineNo };
        continue;
      }
      current = { anchor: anchor ?? slugify(headingText), heading: headingText, level, line: lineNo, blocks: [] };
      sections.push(current);
      continue;
    }
    const q = QUOTE.exec(line);
    if (q) {
      flush();
      const content = q[1] ?? '';
      const alert = /^\[!(\w+)\]\s*$/.exec(content.trim());
      if (alert) {
        current.blocks.push({
          kind: 'note',
          raw: '',
          line: lineNo,
          depth: 0,
          alert: alert[1]?.toUpperCase() ?? 'NOTE',
        });
        continue;
      }
      const prev = current.blocks[current.blocks.length - 1];
      const raw = content.trim();
      if (raw)
        current.blocks.push({
          kind: 'note',
          raw,
          line: lineNo,
          depth: 0,
          alert: prev?.kind === 'note' ? (prev.alert ?? 'NOTE') : 'QUOTE',
        });
      continue;
    }
    const it = ITEM.exec(line);
    if (it) {
      flush();
      const indent = (it[1] ?? '').replace(/\t/g, '    ').length;
      item = { start: i, end: i, line: lineNo, depth: Math.floor(indent / 2) };
      continue;
    }
    if (item && /^\s+\S/.test(line)) {
      item.end = i;
      continue;
    }
    if (item) flush();
    if (para) para.end = i;
    else para = { start: i, end: i, line: lineNo };
  }
  flush();
  for (const s of sections) s.blocks = s.blocks.filter((b) => b.raw !== '');
  return { h1, sections: sections.filter((s, idx) => idx > 0 || s.blocks.length > 0) };
}
