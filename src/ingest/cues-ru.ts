/**
 * Relation cues for Russian articles (see cue-pattern.ts for what a cue says). The agent of a
 * Russian passive is a noun in the instrumental case with no preposition ("разработан ISO",
 * "утверждён Федеральной службой …"), so a passive cue ends where a capitalised name starts, after
 * at most a date and a few instrumental common nouns ("компаниями", "платёжными системами"); a
 * preposition there ("разработан на основе …") is no agent. Participles agree with their noun
 * (short "разработан/а/о/ы", long "разработанный/ая/ое/ые …"); reflexive passives ("управляется",
 * "публикуется") take the same agent. Active verbs have their agent before and their object after.
 * The cues are case-sensitive (built with cs), so "a capital starts the name" means what it says.
 */
import { B, type Cue, cs, E } from './cue-pattern.ts';

/** Endings of a participle: short (-, -а, -о, -ы) and long (-ый, -ая, -ое, -ые, -ого, -ой, …). */
const PART = '(?:|а|о|ы|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми)';
/** `words`, each also with its first letter capitalised (a sentence may open with the verb). */
const cap = (words: string) =>
  words
    .split('|')
    .map((w) => (/^\p{Ll}/u.test(w) ? `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}` : w))
    .join('|');
/** Participles from their stems: "разработан" → "разработан", "разработана", "разработанный" … */
const pp = (stems: string) => `(?:${cap(stems)})${PART}`;
/** A date, "jointly", and instrumental common nouns before the agent's name: "в 2006 году компаниями". */
const LEAD = String.raw`(?:(?:в\s+\d{4}\s+(?:году|г\.)|совместно|также|ещё|еще)\s+)*(?:\p{Ll}+(?:ами|ями|ой|ей|ом|ем|ым|им|ими|ыми)\s+){0,3}`;
/** The agent right after a passive: a name with a capital or a digit (a quote may open it). */
const AGENT = String.raw`\s+${LEAD}(?=[«"„]?[\p{Lu}\d])`;
/** Adverbs between a verb and its preposition: "основан также на", "базируется главным образом на". */
const ADV = String.raw`(?:(?:также|главным\s+образом|частично|непосредственно|в\s+том\s+числе)\s+)?`;
/** Past-tense endings of an active verb: -л, -ла, -ло, -ли. */
const PAST = '(?:л|ла|ло|ли)';

const PUBLISH = `${pp('разработан|опубликован|утвержд[её]н|издан|принят|подготовлен|выпущен|составлен|одобрен')}|${cap('разрабатывается|публикуется|издаётся|издается|утверждается|поддерживается|выпускается')}`;
const ACCREDIT = `${pp('аккредитован|сертифицирован|управляем|администрируем')}|${cap('управляется|администрируется|аккредитуется|курируется|ведётся|ведется|выдаётся|выдается|координируется|поддерживается')}`;
const ESTABLISH = `${pp('создан|учрежд[её]н|основан|сформирован')}|${cap('создаётся|создается|учреждается')}`;
const REGULATE = `${pp('регулируем|контролируем')}|${cap('регулируется|контролируется|надзирается')}`;
const AUDIT = `${pp('проверен|оценен|оценён|аудирован')}|${cap('проверяется|оценивается')}`;

/** An active verb as a whole word. */
const active = (forms: string) => `${B}(?:${forms})${E}`;
/** An object that is a body, not a scheme: "аккредитует органы по сертификации ISO/IEC 27001". */
const NOT_BODY = String.raw`(?!\s+(?:\p{L}+\s+)?(?:орган|организаци|лаборатори|аудитор|компани|поставщик|клиент)\p{L}*)`;

const PUBLISH_ACTIVE = `(?:опубликова|разработа|выпусти|утверди|приня|подготови|изда)${PAST}|публикует|публикуют|разрабатывает|разрабатывают|издаёт|издает|выпускает|поддерживает`;
const ACCREDIT_ACTIVE =
  'управляет|управляют|администрирует|аккредитует|аккредитуют|курирует|ведёт|ведет|выдаёт|выдает|координирует';
/** An object relative pronoun ("который", "которую", "которые") right before its verb. */
const OBJECT_RELATIVE = String.raw`${B}(?:который|которую|которое|которые)\s+(?:\p{Ll}+\s+)?`;

const RU: Cue[] = [
  // "ISO/IEC 27002 лежит в основе ISO/IEC 27017": the name before is the base of the name after.
  cs(
    'BASED_ON',
    `${B}(?:(?:является|служит|стала?|являются|служат)\\s+${ADV}(?:основой|базой|фундаментом|отправной\\s+точкой)(?:\\s+(?:для|при\\s+разработке))?|(?:лежит|лежат|лежал[аи]?)\\s+в\\s+основе|(?:легл[аои]?|лёг|лег)\\s+в\\s+основу)${E}`,
    'before',
    'after',
  ),
  cs(
    'BASED_ON',
    `${B}(?:(?:${pp('основан')})\\s+${ADV}на|(?:${cap('основывается|основываются|базируется|базируются|опирается|опираются|строится')})\\s+${ADV}на|(?:${cap('на')})\\s+(?:основе|базе|основании)|(?:${cap('расширяет|расширяют|дополняет|развивает')})|(?:является|являются)\\s+(?:\\p{Ll}+\\s+)?(?:расширением|развитием|адаптацией|национальной\\s+версией)|(?:${pp('заимствован|адаптирован')})\\s+из)${E}`,
    'after',
  ),
  cs(
    'BASED_ON',
    `${B}(?:${pp('проведен|проведён|выполнен|осуществл[её]н|подготовлен')}|${cap('проводится|проводятся|выполняется|осуществляется|готовится')})\\s+(?:в\\s+соответствии\\s+с|согласно|по)${E}`,
    'after',
  ),
  cs('SUPERSEDES', `${B}(?:${pp('замен[её]н')}|${cap('заменяется')})${AGENT}`, 'after', 'near', true),
  cs('SUPERSEDES', `${B}(?:${cap('заменяет|заменяют|заменил|заменила|заменило|отменяет|отменил')})${E}`, 'after'),
  cs('ESTABLISHED_BY', `${B}(?:${ESTABLISH})${AGENT}`, 'after'),
  cs(
    'ESTABLISHED_BY',
    `${B}(?:${ESTABLISH})\\s+(?:${LEAD})?(?:при\\s+поддержке|по\\s+инициативе|по\\s+решению)${E}`,
    'after',
  ),
  cs(
    'REGULATES',
    `${B}(?:(?:${REGULATE})${AGENT}|(?:под|находится\\s+под|находятся\\s+под)\\s+(?:надзором|контролем))`,
    'after',
  ),
  cs(
    'REGULATES',
    active(cap('регулирует|регулируют|контролирует|надзирает\\s+за|осуществляет\\s+надзор\\s+за')),
    'before',
    'after',
  ),
  cs('AUDITS', `${B}(?:${AUDIT})${AGENT}`, 'after'),
  cs('PUBLISHES', `${B}(?:${PUBLISH})${AGENT}`, 'after'),
  cs('ACCREDITS', `${B}(?:${ACCREDIT})${AGENT}`, 'after'),
  cs('ACCREDITS', `${B}(?:находится|находятся)\\s+в\\s+ведении${E}`, 'after'),
  // "стандарт, который разработала ISO": an object relative clause, its subject after the verb.
  cs('PUBLISHES', `${OBJECT_RELATIVE}(?:${PUBLISH_ACTIVE})${E}`, 'after', 'before'),
  cs('ACCREDITS', `${OBJECT_RELATIVE}(?:${ACCREDIT_ACTIVE})${E}`, 'after', 'before'),
  cs('PUBLISHES', active(PUBLISH_ACTIVE), 'before', 'after'),
  cs('ESTABLISHED_BY', active(`(?:созда|учреди|основа)${PAST}`), 'before', 'after'),
  cs('ACCREDITS', `${active(ACCREDIT_ACTIVE)}${NOT_BODY}`, 'before', 'after'),
  cs(
    'ACCREDITS',
    `${B}(?:является|выступает)\\s+(?:\\p{Ll}+\\s+)?(?:оператором|владельцем|администратором|управляющей\\s+организацией)${E}`,
    'before',
    'after',
  ),
  cs(
    'PART_OF',
    `${B}(?:(?:является|являются)\\s+(?:\\p{Ll}+\\s+)?(?:частью|составной\\s+частью|уровнем|элементом|компонентом|модулем|одним\\s+из\\s+уровней)|(?:входит|входят)\\s+в(?:\\s+состав)?)${E}`,
    'after',
  ),
];

export const RU_CUES: Record<string, Cue[]> = { ru: RU };
