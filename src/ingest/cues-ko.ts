/**
 * Relation cues for Korean articles (see cue-pattern.ts for what a cue says). Korean is verb-final
 * and marks roles with particles written glued to the name: the agent of a verb is subject-marked
 * (이/가, 은/는), marked "에서" or "에 의해"; its object is marked 을/를. A cue starts at the particle
 * after the agent, so the agent is the name right before it:
 * - "K-ISMS는 KISA가 운영합니다": particle + verb, the patient is the topic (or the referent);
 * - "KISA가 운영하는 K-ISMS": the same cue in a relative clause, the patient is its head noun (see
 *   verb-final-clauses.ts);
 * - "KISA는 K-ISMS를 운영합니다": the subject's particle, looking ahead to an object particle and
 *   the verb; the patient is the object after the cue.
 * Lineage is read in both directions: "Y를 기반으로 한 X" / "Y는 X의 기반이 됩니다".
 */
import { type Cue, c } from './cue-pattern.ts';

/** A particle glued to the word before it (a name or its bracketed acronym). */
const GLUED = '(?<=[^\\s])';
/** A date or "jointly" between the agent and the verb: "가 2013년에 공동으로 발행". */
const WHEN =
  '(?:\\s*\\d{4}\\s*년(?:\\s*\\d{1,2}\\s*월)?(?:\\s*\\d{1,2}\\s*일)?(?:에|부터)?)?\\s*(?:공동으로\\s*|직접\\s*)?';
/** A verb ending after a Sino-Korean verb stem (하다/되다 forms), not a noun use ("인증 기관"). */
const VERB = '(?=[하한합했해되된됩됐돼])';
/** Agent particles before a verb: subject, topic, "에서", "에 의해". */
const BY = `${GLUED}(?:이|가|은|는|에서|에\\s*의해서?|에\\s*의하여|에\\s*의한)\\s*${WHEN}`;
/** The subject's particle when an object marked 을/를 comes before `verbs` (active clause). */
const SUBJECT_OF = (verbs: string) =>
  `${GLUED}(?:이|가|은|는)\\s+(?=[^.,。]{1,60}?(?:을|를)\\s*${WHEN}(?:${verbs})(?=[하한합했해]))`;

const PUBLISH = '발행|발간|제정|발표|개발|공표|공개|작성|수립|마련|고시|도입';
const ACCREDIT = '운영|인증(?!받|을\\s*받)|관리|부여|인정|승인|발급|주관|담당';
const ESTABLISH = '설립|창설|설치|신설|발족';
const REGULATE = '감독|규제|관할|집행|감시';
const BASE_NOUN = '(?:기반|토대|기초|근간|바탕)';

const KO: Cue[] = [
  // "X의 기반이 되는 Y": Y (after) is the base of X (before).
  c('BASED_ON', `의\\s*${BASE_NOUN}(?:이|가)\\s*(?:되는|된)(?=\\s)`, 'after', 'before'),
  // "Y는 X의 기반이 됩니다": X (the name before) derives from the topic Y.
  c(
    'BASED_ON',
    `의\\s*${BASE_NOUN}(?:이|가|을|를)?\\s*(?:됩니다|되었|됐|되며|되고|되어|되는|된|입니다|이며|이다|제공|형성|이룹|이루)`,
    'before',
    'topic',
    true,
  ),
  c(
    'BASED_ON',
    `(?:(?:을|를)\\s*${BASE_NOUN}으로|에\\s*(?:기반|근거|기초)(?:하|한|해|합|을\\s*두|를\\s*두)|(?:을|를)\\s*(?:확장|참조|참고)(?:한|하여|해|했|하고\\s*있|합니다)|에서\\s*파생(?:된|되었|됐|됩|되어)|의\\s*확장(?:이|입|으로|판)|(?:을|를)\\s*토대로)`,
    'before',
  ),
  // "C5 감사는 ISAE 3000에 따라 수행됩니다": a procedure carried out under a standard.
  c(
    'BASED_ON',
    '(?:에\\s*(?:따라|준하여|의거하여)|(?:을|를)\\s*준수하여)\\s*(?:수행|실시|진행|작성)',
    'before',
    'topic',
  ),
  c('SUPERSEDES', '(?:으로|로)\\s*대체(?:되|됐|된)', 'before', 'topic', true),
  c('SUPERSEDES', '(?:을|를)\\s*대체(?:합|했|하|한)', 'before'),
  c('ESTABLISHED_BY', SUBJECT_OF(ESTABLISH), 'before', 'after'),
  c('PUBLISHES', SUBJECT_OF(PUBLISH), 'before', 'after'),
  c('ACCREDITS', SUBJECT_OF(ACCREDIT), 'before', 'after'),
  c('REGULATES', SUBJECT_OF(REGULATE), 'before', 'after'),
  c('ESTABLISHED_BY', `${BY}(?:${ESTABLISH})${VERB}`, 'before'),
  c('ESTABLISHED_BY', '의\\s*(?:지원|후원|승인)(?:을|를)?\\s*받아\\s*(?:설립|창설|설치)', 'before'),
  c('PUBLISHES', `${BY}(?:${PUBLISH})${VERB}`, 'before'),
  c('ACCREDITS', `${BY}(?:${ACCREDIT})${VERB}`, 'before'),
  c('REGULATES', `${BY}(?:${REGULATE})${VERB}`, 'before'),
  c('REGULATES', '의\\s*(?:관리\\s*)?(?:감독|규제)(?:을|를)?\\s*(?:받|하에|아래)', 'before'),
  c('ACCREDITS', '(?:의|로부터|으로부터)\\s*(?:인정|승인|인가|지정)(?:을|를)?\\s*받', 'before'),
  // "KISA는 K-ISMS의 운영 기관입니다": the topic operates the scheme named after it.
  c(
    'ACCREDITS',
    `${GLUED}(?:은|는|이|가)\\s+(?=[^.,。]{1,60}?의\\s*(?:운영|관리|인증|발급)\\s*(?:기관|주체|기구)(?:이|입|으로|을|를))`,
    'before',
    'after',
  ),
  // "X의 인증기관은 A와 B입니다": the certification bodies of the scheme before the cue are the names after it.
  c('ACCREDITS', `${GLUED}의\\s*(?:인증|운영|심사)\\s*기관(?:은|는)(?=\\s)`, 'after', 'before'),
  // "인증 업무는 A가 수행합니다": the certification work, a noun for the scheme's own work, is done by A.
  c('ACCREDITS', `(?:인증|운영)\\s*업무(?:는|은)\\s+(?=[^.。,]{1,40}?${GLUED}(?:이|가)\\s*수행)`, 'after', 'self'),
  c('AUDITS', `${BY}(?:감사|심사)${VERB}(?!받)`, 'before'),
  c(
    'PART_OF',
    '의\\s*(?:일부|한\\s*(?:부분|등급|단계|수준|구성\\s*요소)|하위\\s*(?:등급|단계|인증|제도)|등급\\s*중\\s*하나|구성\\s*요소)',
    'before',
  ),
];

export const KO_CUES: Record<string, Cue[]> = { ko: KO };
