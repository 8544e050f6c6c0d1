/**
 * Sentence templates per article language, modelled on the real articles of the family: each fact is
 * one sentence naming both ends and a cue the extractor knows ("is operated by", "によって運営",
 * "betrieben von", "géré par", "由…运营"). Contract: a template never states a relation it is not
 * named for, so the facts a corpus plans are the facts a correct extractor finds.
 */
import type { Loc } from './vocab.ts';

export interface Phrases {
  list(items: string[]): string;
  number(n: number): string;
  years(n: number): string;
  intro(full: string, noun: string, country: string): string;
  operatedBy(acr: string, auth: string): string;
  establishedBy(auth: string, by: string[]): string[];
  basedOn(subject: string, objects: string[], isScheme: boolean): string;
  publishedBy(std: string, auth: string): string;
  regulatedBy(acr: string, auth: string): string;
  holds(acr: string): string;
  covered(a: string, b: string): string;
  models: string;
  validity(acr: string, years: number): string;
  controls(acr: string, n: number): string;
  auditors(acr: string, auth: string): string;
  faq(acr: string, std: string): [string, string];
  note: string;
  filler: string[];
  headings: {
    overview(acr: string): string;
    ms(acr: string): string;
    scope: string;
    audits: string;
    faq: string;
    resources: string;
  };
}

const join = (items: string[], and: string, comma = ', ') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]}`;
const grouped = (sep: string) => (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

const EN: Phrases = {
  list: (items) => join(items, ' and '),
  number: grouped(','),
  years: (n) => ['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n),
  intro: (full, noun, country) => `The ${full} is a ${noun} for cloud service providers in ${country}.`,
  operatedBy: (acr, auth) => `The ${acr} is operated by the ${auth}.`,
  establishedBy: (auth, by) => [`${auth} was established by the ${join(by, ' and the ')}.`],
  basedOn: (s, o, scheme) =>
    scheme ? `The requirements of the ${s} are based on ${EN.list(o)}.` : `${s} is based on ${EN.list(o)}.`,
  publishedBy: (std, auth) => `${std} is published by the ${auth}.`,
  regulatedBy: (acr, auth) => `The ${acr} is overseen by the ${auth}.`,
  holds: (acr) => `Microsoft holds the ${acr} after an assessment by an independent auditor.`,
  covered: (a, b) => `${a} is covered for IaaS and PaaS, and ${b} for SaaS.`,
  models: 'IaaS and PaaS',
  validity: (acr, y) =>
    `A ${acr} certificate is valid for ${EN.years(y)} years. Annual surveillance audits check that the controls keep operating as described.`,
  controls: (acr, n) => `The ${acr} defines roughly ${EN.number(n)} control items.`,
  auditors: (acr, auth) => `All ${acr} audits are carried out by independent auditors that ${auth} has approved.`,
  faq: (acr, std) => [
    `Is the ${acr} the same as a ${std} certificate?`,
    `No. The ${acr} uses ${std} as its foundation, but it has its own audit criteria and its own certificate.`,
  ],
  note: 'A certificate lists the exact services it was granted for. Check the certificate before you rely on it.',
  filler: [
    'Customers remain responsible for how they configure and use the services in their own environment.',
    'The scheme gives buyers a common yardstick for comparing the security of cloud providers.',
    'Assessments look at the design of the controls as well as the evidence that they operate over time.',
    'Public bodies and regulated companies often ask for it when they shortlist cloud providers.',
    'Results are published in a register that anyone can consult before signing a contract.',
    'Providers must report significant changes to the audited environment between two audits.',
  ],
  headings: {
    overview: (acr) => `${acr} overview`,
    ms: (acr) => `Microsoft and ${acr}`,
    scope: 'Microsoft in-scope cloud services',
    audits: 'Audits, reports, and certificates',
    faq: 'Frequently asked questions',
    resources: 'Resources',
  },
};

const JA: Phrases = {
  list: (items) => items.join(' と '),
  number: grouped(','),
  years: (n) => String(n),
  intro: (full, noun, country) => `${full} は、${country}のクラウド サービス プロバイダー向けの${noun}です。`,
  operatedBy: (acr, auth) => `${acr} は ${auth} によって運営されています。`,
  establishedBy: (auth, by) => [`${auth} は ${by.join(' と ')} によって設立されました。`],
  basedOn: (s, o) => `${s} は ${o.join(' と ')} に基づいています。`,
  publishedBy: (std, auth) => `${std} は ${auth} によって発行されています。`,
  regulatedBy: (acr, auth) => `${acr} は ${auth} によって監督されています。`,
  holds: (acr) => `Microsoft は独立した監査人による評価を経て ${acr} を取得しています。`,
  covered: (a, b) => `${a} は IaaS と PaaS、${b} は SaaS として対象に含まれています。`,
  models: 'IaaS および PaaS',
  validity: (acr, y) => `${acr} の証明書の有効期間は ${y} 年で、毎年サーベイランス監査が行われます。`,
  controls: (acr, n) => `${acr} には約 ${JA.number(n)} 項目の管理策があります。`,
  auditors: (acr, auth) => `${acr} の監査は、${auth} が承認した独立の監査人が実施します。`,
  faq: (acr, std) => [
    `${acr} は ${std} の認証と同じですか?`,
    `いいえ。${acr} は ${std} を土台としていますが、独自の監査基準を持つ別の制度です。`,
  ],
  note: '証明書には対象となるサービスが明記されています。利用する前に証明書をご確認ください。',
  filler: [
    'お客様は、ご自身の環境でサービスをどのように構成し利用するかについて引き続き責任を負います。',
    'この制度は、クラウド事業者のセキュリティを比較するための共通の物差しを提供します。',
    '評価では、管理策の設計だけでなく、一定期間にわたって運用されている証跡も確認されます。',
    '公的機関や規制対象の企業は、クラウド事業者を選定する際にこの制度を参照しています。',
  ],
  headings: {
    overview: (acr) => `${acr} の概要`,
    ms: (acr) => `Microsoft と ${acr}`,
    scope: '対象となる Microsoft のクラウド サービス',
    audits: '監査、レポート、証明書',
    faq: 'よく寄せられる質問',
    resources: 'リソース',
  },
};

const DE: Phrases = {
  list: (items) => join(items, ' und '),
  number: grouped('.'),
  years: (n) => ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf'][n] ?? String(n),
  intro: (full, _noun, country) => `Das Programm ${full} richtet sich an Cloud-Anbieter in ${country}.`,
  operatedBy: (acr, auth) => `${acr} wird betrieben von ${auth}.`,
  establishedBy: (auth, by) => [`${auth} wurde gegründet von ${join(by, ' und ')}.`],
  basedOn: (s, o) => `${s} basiert auf ${DE.list(o)}.`,
  publishedBy: (std, auth) => `${std} wurde veröffentlicht von ${auth}.`,
  regulatedBy: (acr, auth) => `${acr} wird beaufsichtigt von ${auth}.`,
  holds: (acr) => `Microsoft hält ${acr} nach einer Prüfung durch einen unabhängigen Auditor.`,
  covered: (a, b) => `${a} ist für IaaS und PaaS abgedeckt, ${b} für SaaS.`,
  models: 'IaaS und PaaS',
  validity: (acr, y) => `Ein ${acr}-Zertifikat ist ${DE.years(y)} Jahre gültig, mit jährlichen Überwachungsaudits.`,
  controls: (acr, n) => `${acr} umfasst rund ${DE.number(n)} Kontrollen.`,
  auditors: (acr, auth) => `Alle ${acr}-Audits führen unabhängige Auditoren durch, die ${auth} zugelassen hat.`,
  faq: (acr, std) => [
    `Ist ${acr} dasselbe wie ein Zertifikat nach ${std}?`,
    `Nein. ${acr} nutzt ${std} als Fundament, hat aber eigene Prüfkriterien und ein eigenes Zertifikat.`,
  ],
  note: 'Ein Zertifikat nennt die genauen Dienste, für die es erteilt wurde. Prüfen Sie es, bevor Sie sich darauf stützen.',
  filler: [
    'Kunden bleiben dafür verantwortlich, wie sie die Dienste in ihrer eigenen Umgebung konfigurieren und nutzen.',
    'Das Programm gibt Einkäufern einen gemeinsamen Maßstab, um die Sicherheit von Cloud-Anbietern zu vergleichen.',
    'Bewertet werden die Gestaltung der Maßnahmen und die Nachweise, dass sie über die Zeit wirksam sind.',
  ],
  headings: {
    overview: (acr) => `${acr} im Überblick`,
    ms: (acr) => `Microsoft und ${acr}`,
    scope: 'Betroffene Microsoft-Clouddienste',
    audits: 'Audits, Berichte und Zertifikate',
    faq: 'Häufig gestellte Fragen',
    resources: 'Ressourcen',
  },
};

const FR: Phrases = {
  list: (items) => join(items, ' et '),
  number: grouped(' '),
  years: (n) => ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq'][n] ?? String(n),
  intro: (full, _noun, country) => `Le programme ${full} s'adresse aux fournisseurs de services cloud ${country}.`,
  operatedBy: (acr, auth) => `Le ${acr} est géré par l'organisme ${auth}.`,
  establishedBy: (auth, by) => [`${auth} a été créé par ${join(by, ' et ')}.`],
  basedOn: (s, o, scheme) => (scheme ? `Le ${s} est basé sur ${FR.list(o)}.` : `${s} est basée sur ${FR.list(o)}.`),
  publishedBy: (std, auth) => `${std} est publiée par ${auth}.`,
  regulatedBy: (acr, auth) => `Le ${acr} est supervisé par ${auth}.`,
  holds: (acr) => `Microsoft détient le ${acr} après une évaluation menée par un auditeur indépendant.`,
  covered: (a, b) => `${a} est couvert pour IaaS et PaaS, et ${b} pour SaaS.`,
  models: 'IaaS et PaaS',
  validity: (acr, y) => `Un certificat ${acr} est valable ${FR.years(y)} ans, avec des audits de surveillance annuels.`,
  controls: (acr, n) => `Le ${acr} comprend environ ${FR.number(n)} contrôles.`,
  auditors: (acr, auth) => `Les audits du ${acr} sont menés par des auditeurs indépendants agréés par ${auth}.`,
  faq: (acr, std) => [
    `Le ${acr} équivaut-il à une certification ${std} ?`,
    `Non. Le ${acr} s'inspire de ${std}, mais possède ses propres critères d'audit et son propre certificat.`,
  ],
  note: 'Un certificat indique les services exacts pour lesquels il a été délivré. Vérifiez-le avant de vous y fier.',
  filler: [
    "Les clients restent responsables de la configuration et de l'utilisation des services dans leur propre environnement.",
    'Le programme offre aux acheteurs une référence commune pour comparer la sécurité des fournisseurs cloud.',
    "L'évaluation porte sur la conception des mesures ainsi que sur les preuves de leur fonctionnement dans la durée.",
  ],
  headings: {
    overview: (acr) => `Présentation du ${acr}`,
    ms: (acr) => `Microsoft et le ${acr}`,
    scope: 'Services cloud Microsoft concernés',
    audits: 'Audits, rapports et certificats',
    faq: 'Questions fréquentes',
    resources: 'Ressources',
  },
};

const ZH: Phrases = {
  list: (items) => items.join(' 和 '),
  number: grouped(','),
  years: (n) => String(n),
  intro: (full, noun, country) => `${full} 是面向${country}云服务提供商的${noun}。`,
  operatedBy: (acr, auth) => `${acr} 由${auth}运营。`,
  // One sentence per founder: the Chinese cue looks at most 40 characters ahead.
  establishedBy: (auth, by) => by.map((b) => `${auth} 由${b}设立。`),
  basedOn: (s, o) => `${s} 基于 ${o.join(' 和 ')}。`,
  publishedBy: (std, auth) => `${std} 由${auth}发布。`,
  regulatedBy: (acr, auth) => `${acr} 由${auth}监管。`,
  holds: (acr) => `Microsoft 经独立审核员评估后获得了 ${acr}。`,
  covered: (a, b) => `${a} 的 IaaS 和 PaaS 以及 ${b} 的 SaaS 均在范围内。`,
  models: 'IaaS 和 PaaS',
  validity: (acr, y) => `${acr} 证书的有效期为 ${y} 年，每年进行监督审核。`,
  controls: (acr, n) => `${acr} 包含约 ${ZH.number(n)} 项控制措施。`,
  auditors: (acr, auth) => `所有 ${acr} 审核均由经 ${auth} 认可的独立审核员执行。`,
  faq: (acr, std) => [
    `${acr} 与 ${std} 认证相同吗？`,
    `不相同。${acr} 以 ${std} 为出发点，但拥有自己的审核标准和证书。`,
  ],
  note: '证书列明了其授予的具体服务。依赖证书之前，请先核实。',
  filler: [
    '客户仍需负责在其自身环境中如何配置和使用这些服务。',
    '该制度为采购方提供了比较云服务提供商安全性的共同标尺。',
    '评估既关注控制措施的设计，也关注其长期有效运行的证据。',
  ],
  headings: {
    overview: (acr) => `${acr} 概述`,
    ms: (acr) => `Microsoft 与 ${acr}`,
    scope: '适用范围内的 Microsoft 云服务',
    audits: '审核、报告和证书',
    faq: '常见问题',
    resources: '资源',
  },
};

export const PHRASES: Record<Loc, Phrases> = { en: EN, ja: JA, de: DE, fr: FR, zh: ZH };
