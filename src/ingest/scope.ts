/**
 * Section roles and in-scope service lists. Sections are recognised by their English anchor first and
 * their heading text second, so translated articles work the same way.
 */
import type { Section } from './markdown.ts';
import { stripInline } from './markdown.ts';

export type SectionRole = 'overview' | 'microsoft' | 'scope' | 'audits' | 'faq' | 'resources' | 'other';

const ROLE_BY_ANCHOR: Array<[RegExp, SectionRole]> = [
  [/in-scope|scope-services|services-in-scope|cloud-services$/, 'scope'],
  [/resources|learn-more|references|see-also/, 'resources'],
  [/faq|frequently-asked/, 'faq'],
  [/audit|reports|certificates|attestation/, 'audits'],
  [/^microsoft-and-|^microsoft-/, 'microsoft'],
  [/overview|about|introduction/, 'overview'],
];
const ROLE_BY_HEADING: Array<[RegExp, SectionRole]> = [
  [
    /in[- ]scope|対象となる|対象の|适用|適用|範囲|范围|Geltungsbereich|betroffenen?|concernés|dans le périmètre|incluidos|inclus|interessati|abrangidos|범위/i,
    'scope',
  ],
  [/resources|リソース|资源|資源|Ressourcen|Ressources|Recursos|Risorse|리소스|references/i, 'resources'],
  [/questions|質問|问题|問題|Fragen|questions|preguntas|domande|perguntas|질문/i, 'faq'],
  [/audit|監査|审核|審核|审计|Prüf|rapports|auditor|감사/i, 'audits'],
  [/overview|概要|概述|Übersicht|Vue d['’]ensemble|Descripción|Panoramica|Visão geral|개요/i, 'overview'],
  [/^Microsoft/i, 'microsoft'],
];

export function sectionRole(section: Section): SectionRole {
  for (const [re, role] of ROLE_BY_ANCHOR) if (re.test(section.anchor)) return role;
  for (const [re, role] of ROLE_BY_HEADING) if (re.test(section.heading)) return role;
  return 'other';
}

export const SERVICE_MODEL = /(?<![A-Za-z])(IaaS|PaaS|SaaS)(?![A-Za-z])/g;

export interface ScopeItem {
  /** Product names, descriptive tails dropped. */
  names: string[];
  models: string[];
}

/**
 * One in-scope list item → its products: "A、B、C", "A, B and C" are split; a tail after a dash,
 * colon or parenthesis ("Microsoft Azure – IaaS and PaaS") is dropped (its service models kept).
 */
export function splitScopeItem(raw: string): ScopeItem {
  const plain = stripInline(raw);
  const models = [...new Set([...plain.matchAll(SERVICE_MODEL)].map((m) => m[1] as string))];
  const head = plain.split(/\s+[–—-]\s+|:\s|：|（|\s\(|\(/)[0] ?? plain;
  const names = head
    .split(/\s*(?:、|，|,|;|；|\band\b|\bund\b|\bet\b|\by\b|\be\b|および|及び|和|및)\s*/u)
    .map((s) =>
      s
        .replace(/^(?:the|la|le|les|der|die|das)\s+/i, '')
        .replace(/[.。]$/, '')
        .trim(),
    )
    .filter((s) => s.length >= 2 && s.length <= 60 && !/^(IaaS|PaaS|SaaS)$/i.test(s));
  return { names, models };
}
