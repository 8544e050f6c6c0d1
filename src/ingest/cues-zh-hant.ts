/**
 * Relation cues for Traditional Chinese articles (zh-TW), read after the shared Chinese tables,
 * whose grammar (由…, 基於, 以…為基礎, 是…的基礎) they rely on and whose Simplified-only
 * alternatives simply never match Traditional text. These add what is Traditional- or Taiwan-only:
 * the usage of Taiwan for issuing and operating (發行, 頒布, 訂定, 制訂, 核發, 營運, 主管機關, 驗證),
 * "依據…制定" and "建立在…之上" for lineage, and active verbs without 了 ("ISO 於 2015 年發行 X").
 * Same shape and reading as the tables in cues.ts.
 */
import type { Cue } from './cue-pattern.ts';
import { c } from './cue-pattern.ts';

const PUBLISH = '發行|發布|頒布|公布|訂定|制訂|制定|維護|開發|擬定|草擬|發表|出版|編製|研擬';
const OPERATE = '驗證|認證|核發|頒發|營運|運營|經營|授予|核准|認可|主辦|辦理|管理';
const REGULATE = '主管|督導|管轄|監理|監管|監督';
const ESTABLISH = '創設|設置|組成|創辦|籌組|成立|設立|創建|建立';

/** The noun right after "的": a quoted title, a Latin designation or a number. */
const NOUN_NEXT = String.raw`(?=\s*[《「“"\p{Script=Latin}\p{N}])`;
/** A date between the agent and the verb: "於 2015 年", "在 2013 年 10 月". */
const WHEN = String.raw`(?:(?:於|在)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*)?(?:共同|聯合)?`;
/** "由 X <verb>的 Y": the agent after "由", the patient the noun after "的". */
const byThenNoun = (verbs: string) => `由(?=[^。；，,]{1,40}?(?:${verbs})的${NOUN_NEXT})`;

/** Read after the shared Chinese cues in zh-TW articles. */
export const ZH_HANT: Cue[] = [
  c('PUBLISHES', byThenNoun(PUBLISH), 'after', 'after'),
  c('ACCREDITS', byThenNoun(OPERATE), 'after', 'after'),
  c('ESTABLISHED_BY', byThenNoun(ESTABLISH), 'after', 'after'),
  // "X 係依據 Y 所制定": X is based on Y.
  c(
    'BASED_ON',
    '(?:依據|根據|依照|參照|參考|遵循)(?=[^。；]{0,40}?(?:制定|訂定|制訂|建立|發展|編寫|編製|設計|而成|而來|所訂))',
    'after',
  ),
  c('BASED_ON', '(?:建立|建構|奠基|立基)(?:在|於)', 'after'),
  c('BASED_ON', '(?:衍生自|延伸自|改編自|參考自)', 'after'),
  c('BASED_ON', '以(?=[^。；]{0,40}?為(?:本|基準|藍本|依據|框架|基礎))', 'after'),
  // "X 擴充了 Y": X builds on Y.
  c('BASED_ON', '(?:擴充|延伸)了', 'after', 'before'),
  c('BASED_ON', '的(?:擴充|擴充版|延伸版|國家版本|在地化版本)', 'before'),
  // A window of 80 characters: the agents after 由 may be a long list.
  c('PUBLISHES', `由(?=[^。；]{0,80}?(?:${PUBLISH}))`, 'after'),
  c('REGULATES', `由(?=[^。；]{0,80}?(?:${REGULATE}))`, 'after'),
  c('ESTABLISHED_BY', `由(?=[^。；]{0,80}?(?:${ESTABLISH}))`, 'after'),
  c('ACCREDITS', `由(?=[^。；]{0,80}?(?:${OPERATE}|負責|執行|推動))`, 'after'),
  // "X 於 2015 年發行 Y", "X 發行的 Y": an active verb, the agent before it, the patient after.
  c('PUBLISHES', `${WHEN}(?:${PUBLISH})(?:了|的)?`, 'before', 'after'),
  c('ACCREDITS', `${WHEN}(?:負責)?(?:營運|運營|核發|頒發)(?:了|的)?`, 'before', 'after'),
  c('ESTABLISHED_BY', `${WHEN}(?:創設|創辦|設立|成立)(?:了|的)`, 'before', 'after'),
  c('REGULATES', '的主管機關(?:為|是)', 'after', 'before'),
  c('ACCREDITS', '的(?:營運|運營|管理|主辦|執行)(?:機構|機關|單位)(?:為|是)', 'after', 'before'),
  c('ACCREDITS', '(?:作為|擔任)(?=[^。；]{0,30}?的(?:營運|管理|執行|主辦)(?:機構|機關|單位))', 'before', 'after'),
  c('PART_OF', '的(?:級別之一|等級之一|層級之一|一環|子集)', 'before'),
];
