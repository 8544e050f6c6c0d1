/**
 * A scheme named by its family in the article about one member of it: "The SOC framework is
 * maintained by …", "The SOC suite of reports is defined by …", "SOC の枠組みは…", "SOC 报告体系由…"
 * in the article about SOC 1. The family is the described scheme's short name without its trailing
 * number ("SOC 1" → "SOC"). Contract: only a sentence that opens with the family name and a scheme
 * noun refers so, and what it refers to is the described certification.
 */
import { escapeRegExp } from './cue-pattern.ts';
import type { Candidate } from './matcher.ts';
import type { Referent } from './referent.ts';

/** Openings naming a family `f` (escaped) by a scheme noun, per language. */
const OPENINGS: Record<string, (f: string) => string> = {
  en: (f) =>
    String.raw`^(?:\*\*)?The\s+${f}\s+(?:framework|suite|family|reports?|reporting\s+framework|program(?:me)?|scheme)(?![\p{L}])`,
  de: (f) => String.raw`^(?:Das|Die|Der)\s+${f}[-\s](?:Rahmenwerk|Framework|Berichtswesen|Berichte|Familie|Programm)`,
  fr: (f) => String.raw`^(?:Le|La|Les)\s+(?:cadre|famille|rapports|référentiel|programme)\s+${f}(?![\p{L}\p{N}])`,
  ja: (f) => String.raw`^${f}\s*(?:の\s*)?(?:報告書?の\s*)?(?:枠組み|体系|フレームワーク)は`,
  'zh-CN': (f) => String.raw`^${f}\s*(?:报告)?(?:框架|体系)`,
  'zh-TW': (f) => String.raw`^${f}\s*(?:報告)?(?:框架|體系)`,
};

/**
 * The last opening built: every sentence of an article asks for the same one, and articles come one at
 * a time, so one entry suffices (a cache keyed by scheme would grow with the corpus).
 */
let last: { key: string; re: RegExp | null } | null = null;

function opening(lang: string, described: Candidate): RegExp | null {
  const key = `${lang}|${described.id}|${described.acronym ?? described.name}`;
  if (last?.key === key) return last.re;
  const short = described.acronym ?? described.name;
  const family = short.replace(/[\s-]*\d+$/u, '');
  const make = OPENINGS[lang];
  const re = make && family !== short && family.length >= 2 ? new RegExp(make(escapeRegExp(family)), 'u') : null;
  last = { key, re };
  return re;
}

/** The described certification, as a one-entity group, when the sentence opens with its family; else null. */
export function familyReference(text: string, lang: string, described: Candidate): Referent[] | null {
  return opening(lang, described)?.test(text) ? [[described]] : null;
}
