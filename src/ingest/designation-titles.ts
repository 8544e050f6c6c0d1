/**
 * A bracketed title written right after a designation ("JIS Q 15001「個人情報保護マネジメントシステム
 * －要求事項」", "GB/T 22240-2020《网络安全等级保护定级指南》") is that document's title, not a second
 * name coordinated with it. Contract: the names inside such a title are left out of the mentions a
 * relation is read from (they stay mentions of the article).
 */
import type { Mention } from './matcher.ts';

const OPEN = /^\s*[「『《〈]\s*$/u;
const KINDS = new Set(['Standard', 'Certification']);

/** `mentions` without those inside a bracketed title glued to the Standard or Certification before it. */
export function withoutDesignationTitles(text: string, mentions: Mention[]): Mention[] {
  let close = -1;
  return mentions.filter((m, i) => {
    if (m.start < close) return false;
    const prev = mentions[i - 1];
    if (!prev?.candidates.some((c) => KINDS.has(c.kind)) || !OPEN.test(text.slice(prev.end, m.start))) return true;
    const end = text.slice(m.start).search(/[」』》〉]/u);
    close = end < 0 ? m.end : m.start + end;
    return false;
  });
}
