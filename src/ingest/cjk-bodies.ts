/**
 * Pass 1c of extraction (Japanese and Chinese articles): bodies named by a CJK name with an
 * organisation head ("国土情報省", "国家数据安全局", "資訊安全署") without an acronym pair or a lexicon
 * entry. Contracts:
 * - a name stands as a unit: in Japanese the whole run of kanji/katakana between kana, punctuation,
 *   Latin text or the ends of the sentence; in Chinese the words (ICU segmenter) back from the head to
 *   punctuation, a function word (由, 的, 和 …) or a verb that never sits inside a name (获得, 根据 …),
 *   and the head ends a word ("公安部门" holds no "公安部"). A conjunction (和/与/及) stays inside the
 *   name unless what precedes it is a body itself ("工业和信息化部" vs "公安部和国家数据局");
 * - a government head (省, 庁, 局, 署, 部, 院, 委員会 …) needs a modifier of at least one character
 *   (two for committees); a weak head (協会, 機構, 中心, センター, 研究所 …) needs a state prefix
 *   (国家, 日本, 中国 …) or, in Japanese, a run of at least six characters; generic nouns (当局,
 *   数据中心, 认证机构, 病院) and deictic prefixes (同, 本, 各, 该) name no body;
 * - a name right after Latin text is part of a product or brand ("Azure 安全中心") and names no body;
 * - a name overlapping a known name other than a jurisdiction's, or right before a known body it
 *   describes ("…主管机构德国联邦信息安全办公室"), teaches nothing; a new body is known by its name,
 *   its id `authority:<slug>` from the Latin short name of the site the article links it to (see
 *   siteSlug), else from its name (the slug keeps CJK characters, as discovery.ts does).
 */

import { ZH_WORDS } from './acronyms.ts';
import { discoverCjkTitles } from './cjk-titles.ts';
import type { FactSink, Unit } from './fact-sink.ts';
import { entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import { extractLinks, type Link } from './markdown.ts';
import type { Candidate, Matcher } from './matcher.ts';

const STRONG = '省|庁|厅|廳|局|署|部|院|委員会|委员会|委員會|辦公室|办公室|本部|理事会|理事會';
const WEAK =
  '協会|协会|協會|機構|机构|中心|センター|研究所|研究院|学会|學會|財団|基金会|基金會|联盟|聯盟|会議|会议|會議';
const HEAD = new RegExp(`(?:${STRONG}|${WEAK})$`, 'u');
const HEAD_ANY = new RegExp(`(?:${STRONG}|${WEAK})`, 'gu');
const WEAK_HEAD = new RegExp(`(?:${WEAK})$`, 'u');
const COMMITTEE = /(?:委員会|委员会|委員會|理事会|理事會|会議|会议|會議)$/u;
/** In Chinese, a short name ending with 省 is a province (广东省), not a ministry. */
const PROVINCE = /省$/u;

/** Generic nouns ending with a head: authorities in general, data centres, hospitals, firms' units. */
const GENERIC_SUFFIX =
  /(?:外部|内部|內部|全部|局部|一部|細部|细部|签署|簽署|部署|結局|结局|布局|佈局|格局|大局|出局|[第一二三四五六七八九十]部|当局|當局|官公庁|行政庁|主管机构|主管機構|主管机关|主管機關|官庁|省庁|部署|部門|郵便局|薬局|放送局|警察署|税務署|消防署|病院|医院|醫院|学院|學院|寺院|(?:データ|サポート|コール|オペレーション|トラスト|コンプライアンス|セキュリティ)\s?センター|(?:数据|數據|資料|运营|運營|营运|營運|服务|服務|支持|客服|信任|合规|合規|管理|安全|控制|通知|帮助|幫助|研发|研發|创新|創新|培训|培訓)中心)$/u;
/** Names made only of generic modifiers and a head: "第三方认证机构", "技術委員会", "事務局". */
const GENERIC_WHOLE =
  /^(?:日本|中国|中國|美国|美國|米国|国家|國家|各国|各國)?(?:第三方|第三者|认证|認證|认可|認可|审核|審核|评估|評估|测评|測評|金融|政府|医疗|醫療|监管|監管|检测|檢測|审计|審計|专业|專業|授权|授權|独立|獨立|行政|公共|研究|教育|服务|服務|标准化|標準化|認証|認定|審査|評価|監査|技术|技術|运营|運營|運営|諮問|咨询|諮詢|专家|專家|専門|审查|審查|執行|执行|管理|事務|事务|事務|指導|指导|国际|國際|国内|國內|民間|民间|業界|行业|行業)+(?:机构|機構|委員会|委员会|委員會|局|中心|センター|協会|协会|協會|研究所|研究院)$/u;
/** Prefixes that point back or generalise ("同省", "本协会", "各局"): no name of their own. */
const DEICTIC =
  /^(?:同|当|當|本|各|该|該|此|其|这|這|両|两|兩|貴|弊|諸|他|某|上述|前述|相关|相關|有关|有關|関係|关系|主管)/u;
/** State and legal-entity prefixes that open a body's name. */
const STATE =
  /^(?:国家|國家|国立|國立|中国|中國|中华人民共和国|中華人民共和國|全国|全國|日本|台湾|臺灣|台灣|美国|美國|米国|米國|英国|英國|欧盟|歐盟|欧洲|歐洲|欧州|国际|國際|世界|香港|澳门|澳門|新加坡|韩国|韓國|行政院|内閣|內閣|独立行政法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|財団法人|财团法人|財團法人|社団法人|社團法人)/u;

/** Chinese words that end a clause before a name: function words and verbs never inside a name. */
const ZH_STOP = new Set(
  (
    '由 了 着 著 过 過 让 讓 使 而 如果 若 可 可在 在于 在於 的 是 为 為 在 将 將 把 被 对 對 从 從 向 于 於 或 并 並 经 經 及 以及 和 与 與 同 跟 也 亦 还 還 都 已 已经 已經 曾 会 會 可 可以 需 需要 应 應 应当 應當 必须 必須 该 該 此 其 这 這 那 即 如 例如 包括 包含 ' +
    '由于 由於 根据 根據 依据 依據 按照 依照 通过 通過 经过 經過 获得 獲得 取得 得到 符合 满足 滿足 遵守 遵循 参照 參照 参考 參考 成为 成為 作为 作為 ' +
    '属于 屬於 隶属 隸屬 隶属于 隸屬於 来自 來自 接受 受 委托 委託 授权 授權 发布 發布 颁布 頒布 制定 批准 设立 設立 成立 牵头 牽頭 负责 負責 联合 聯合 共同 其中 与其 以 至 到 给 給 请 請 向其'
  ).split(' '),
);
/** A place before a conjunction is a name of its own: "欧盟和欧洲自由贸易联盟" names two. */
const STATE_END = /(?:国家|國家|中国|中國|日本|台湾|臺灣|美国|美國|米国|欧盟|歐盟|欧洲|歐洲|英国|英國)$/u;
const CONJ = /^(?:和|与|與|及|以及|或)$/u;
const HAN = /^\p{Script=Han}+$/u;

/** Japanese suffixes after a body's name inside one kanji run: "経済産業省所管", "総務省策定". */
const JA_SUFFIX =
  /(?:所管|傘下|主導|主催|策定|発行|制定|公表|発表|設立|設置|認定|認可|承認|管轄|監督|運営|管理|作成|公開|下|内|等)$/u;
const JA_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々・]+/gu;
const MAX_LEN = 24;

function headed(name: string, japanese: boolean, wholeRun: boolean): boolean {
  const len = [...name].length;
  const head = HEAD.exec(name)?.[0];
  if (!head || len < head.length + 1 || len > MAX_LEN) return false;
  if (GENERIC_SUFFIX.test(name) || GENERIC_WHOLE.test(name) || DEICTIC.test(name)) return false;
  if (!japanese && PROVINCE.test(name) && len < 5 && !STATE.test(name)) return false;
  if (japanese && /部$/u.test(name) && !/本部$/u.test(name)) return false;
  if (COMMITTEE.test(name) && len < head.length + 3) return false;
  if (/院$/u.test(name) && len < 3) return false;
  if (WEAK_HEAD.test(name)) return STATE.test(name) || (japanese && wholeRun && len >= 6);
  return len >= 3;
}

/** Candidate names in a Japanese text, with their offsets. */
function japaneseNames(text: string): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  for (const m of text.matchAll(JA_RUN)) {
    const start = m.index ?? 0;
    if (/[A-Za-z0-9][ \t]?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    let run = m[0];
    if (!HEAD.test(run)) {
      const cut = JA_SUFFIX.exec(run);
      if (!cut) continue;
      run = run.slice(0, -cut[0].length);
    }
    if (headed(run, true, true)) out.push({ name: run, start });
  }
  return out;
}

/** Candidate names in a Chinese text, with their offsets. */
function chineseNames(text: string): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  let last = -1;
  for (const h of text.matchAll(HEAD_ANY)) {
    const headEnd = (h.index ?? 0) + h[0].length;
    if (headEnd === last) continue;
    last = headEnd;
    // Only the words around the head are segmented: a name is at most MAX_LEN characters.
    const from = Math.max(0, headEnd - MAX_LEN - 8);
    const words = [...ZH_WORDS.segment(text.slice(from, headEnd + 4))];
    let k = words.findIndex((w) => from + w.index + w.segment.length === headEnd);
    // The head ends a word: "公安部门" holds no "公安部".
    if (k < 0 || !HAN.test((words[k] as Intl.SegmentData).segment)) continue;
    let start = from + (words[k] as Intl.SegmentData).index;
    while (k > 0) {
      const p = words[k - 1] as Intl.SegmentData;
      if (!HAN.test(p.segment) || ZH_STOP.has(p.segment)) {
        const left = words[k - 2];
        const before = text.slice(0, from + p.index);
        // "工业和信息化部": the conjunction joins two nouns of one name unless a body or a place precedes it.
        if (
          CONJ.test(p.segment) &&
          left &&
          HAN.test(left.segment) &&
          !ZH_STOP.has(left.segment) &&
          !HEAD.test(before) &&
          !STATE_END.test(before)
        ) {
          k -= 2;
          start = from + left.index;
          continue;
        }
        break;
      }
      k--;
      start = from + p.index;
    }
    if (start > 0 && /[A-Za-z0-9][ \t]?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    let name = text.slice(start, headEnd);
    // A state prefix opens the name: an unknown verb before it is not part of it.
    const state = /(?:国家|國家|中国|中國|中华人民共和国|中華人民共和國|全国|全國|日本|台湾|臺灣|行政院)/u.exec(name);
    if (state && state.index > 0 && !STATE.test(name)) {
      start += state.index;
      name = name.slice(state.index);
    }
    if (headed(name, false, false)) out.push({ name, start });
  }
  return out;
}

/** True when the name overlaps a known name other than a jurisdiction's: nothing new to learn. */
function known(matcher: Matcher, name: string): boolean {
  return matcher.find(name).some((m) => m.candidates.some((c) => c.kind !== 'Jurisdiction'));
}

/** True when a known body follows the name at once: the name describes it ("德国国家…机构德国联邦…办公室"). */
function describesNext(matcher: Matcher, text: string, end: number): boolean {
  const next = matcher.find(text.slice(end, end + 40))[0];
  return next?.start === 0 && next.candidates.some((c) => c.kind === 'Authority');
}

/** Hosts and path words that name no body: portals, languages, the vendor's own sites. */
const NOT_SITE =
  /^(?:www|gov|en|zh|ja|tw|cn|docs|learn|go|aka|microsoft|azure|index|home|about|default|en-us|zh-tw|zh-cn|ja-jp)$/i;

/**
 * The body's own Latin short name from a link the article puts on it: the last path word of a link
 * whose text ends with the name ("[數位發展部資通安全署](https://moda.gov.tw/ACS/)" → ACS), or the
 * host's first label of a link whose text is or starts with it (moda.gov.tw → moda); null otherwise.
 */
function siteSlug(name: string, links: readonly Link[]): string | null {
  for (const l of links) {
    let url: URL;
    try {
      url = new URL(l.href);
    } catch {
      continue;
    }
    const text = l.text.replace(/\s+/g, '');
    const word = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
    if (text.endsWith(name) && text !== name && /^[A-Za-z]{2,10}$/.test(word) && !NOT_SITE.test(word)) return word;
    const host = url.hostname.replace(/^www\./, '').split('.')[0] ?? '';
    const bare = url.pathname.replace(/\/+$/, '') === '';
    if (text.startsWith(name) && (bare || text !== name) && /^[A-Za-z]{2,12}$/.test(host) && !NOT_SITE.test(host))
      return host;
  }
  return null;
}

/** Discovers bodies named by a CJK organisation name in the article's units. */
export function discoverCjkBodies(
  all: Unit[],
  matcher: Matcher,
  sink: FactSink,
  lexicon: Lexicon | null,
  lang: string,
): void {
  const japanese = lang === 'ja';
  let links: Link[] | undefined;
  for (const u of all) {
    if (u.role === 'resources') continue;
    const found = japanese ? japaneseNames(u.raw) : chineseNames(u.raw);
    if (found.length === 0) continue;
    const spans = matcher.find(u.raw).filter((m) => m.candidates.some((c) => c.kind !== 'Jurisdiction'));
    for (const { name, start } of found) {
      const end = start + name.length;
      if (spans.some((m) => m.start < end && start < m.end)) continue;
      if (known(matcher, name) || describesNext(matcher, u.raw, end)) continue;
      links ??= all.flatMap((x) => extractLinks(x.raw));
      const own = entityId('Authority', toSlug(siteSlug(name, links) ?? name));
      const id = lexicon?.byId.has(own) ? entityId('Authority', toSlug(name)) : own;
      if (lexicon?.byId.has(id)) continue;
      const c: Candidate = { id, kind: 'Authority', name, discovered: true };
      sink.node(c).properties.kind = 'other';
      matcher.addSurface(name, c);
      if (!sink.candidates.includes(name)) sink.candidates.push(name);
    }
  }
}

/** Pass 1c for Japanese and Chinese articles: bracketed document titles, then bodies; no-op elsewhere. */
export function discoverCjkNames(
  all: Unit[],
  matcher: Matcher,
  sink: FactSink,
  lexicon: Lexicon | null,
  lang: string,
): void {
  if (lang !== 'ja' && !lang.startsWith('zh')) return;
  discoverCjkTitles(all, matcher, sink, lexicon);
  discoverCjkBodies(all, matcher, sink, lexicon, lang);
}
