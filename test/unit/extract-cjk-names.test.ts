/**
 * Japanese and Chinese names read without a "(ACR)" pair or a lexicon entry: bodies named by an
 * organisation head (省, 局, 署, 部, 委員会, 協会 …) standing as a unit, and bracketed document titles
 * whose last noun says what they are; and the word-order cues that reach them. Every name and sentence
 * here is invented.
 */
import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

const read = (locale: string, body: string) =>
  extract(
    `${locale.toLowerCase()}/offering-qax.md`,
    article(locale, 'QAX', `# QAX\n\n## <a name="overview"></a>概要\n\n${body}\n`),
  );
const ids = (facts: ReturnType<typeof read>, prefix: string) =>
  facts.nodes.filter((n) => n.id.startsWith(prefix) && n.properties.name).map((n) => n.id);
const node = (facts: ReturnType<typeof read>, id: string) => facts.nodes.find((n) => n.id === id);

describe('extraction: CJK bodies named by an organisation head', () => {
  it('reads Japanese ministries and associations and the relations that end at them', () => {
    const facts = read(
      'ja-JP',
      'QAX は国土情報省が策定した認証制度です。国土情報省と経済情報省が設立した日本クラウド監査協会が QAX を運営しています。',
    );
    expect(node(facts, 'authority:国土情報省')?.properties.kind).toBe('other');
    expect(rels(facts, 'PUBLISHES')).toContain('authority:国土情報省 -> certification:qax');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:日本クラウド監査協会 -> certification:qax');
    expect(rels(facts, 'ESTABLISHED_BY')).toEqual(
      expect.arrayContaining([
        'authority:日本クラウド監査協会 -> authority:国土情報省',
        'authority:日本クラウド監査協会 -> authority:経済情報省',
      ]),
    );
  });

  it('reads Chinese bodies after 由 and before a verb, keeping 和 inside a ministry name', () => {
    const facts = read(
      'zh-CN',
      'QAX 由国家数据安全局发布。全国云安全标准化技术委员会和工业和信息化部共同制定了 QAX。国家数据安全局负责管理 QAX。',
    );
    expect(rels(facts, 'PUBLISHES')).toEqual(
      expect.arrayContaining([
        'authority:国家数据安全局 -> certification:qax',
        'authority:工业和信息化部 -> certification:qax',
      ]),
    );
    expect(ids(facts, 'authority:')).toContain('authority:全国云安全标准化技术委员会');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:国家数据安全局 -> certification:qax');
  });

  it('reads Traditional Chinese bodies', () => {
    const facts = read('zh-TW', 'QAX 由資訊安全署制定。數位產業部負責管理 QAX。');
    expect(rels(facts, 'PUBLISHES')).toContain('authority:資訊安全署 -> certification:qax');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:數位產業部 -> certification:qax');
  });

  it('reads no body from generic nouns, deictic names, fragments, products or provinces', () => {
    const ja = read(
      'ja-JP',
      'データセンターは東京にあります。本協会は同省の所管です。規制当局が監督します。病院でも使えます。運営委員会が決めます。',
    );
    expect(ids(ja, 'authority:')).toEqual([]);
    const zh = read(
      'zh-CN',
      '公安部门负责监督。数据中心位于上海。第三方认证机构负责审核。Azure 安全中心提供建议。广东省的客户可以使用。客户可在签署后部署。外部审核不是全部。',
    );
    expect(ids(zh, 'authority:')).toEqual([]);
  });

  it('does not cut a known name or take a description of the known body after it', () => {
    const facts = read(
      'zh-CN',
      'QAX 由日本国家云安全主管机构日本安全审计协会运营。美国反虚假财务报告委员会发起人委员会发布了框架。',
    );
    expect(ids(facts, 'authority:').filter((id) => /\p{Script=Han}/u.test(id))).toEqual([]);
    expect(rels(facts, 'ACCREDITS')).toContain('authority:jasa -> certification:qax');
  });
});

describe('extraction: ids of CJK bodies from the sites the article links them to', () => {
  it('takes a path acronym for a linked sub-body and the host for its parent', () => {
    const facts = read(
      'zh-TW',
      '數位產業部於成立時設立了資訊安全署。\n\n## <a name="resources"></a>資源\n\n- [數位產業部資訊安全署](https://modi.example.tw/ISA/)\n- [數位產業部](https://modi.example.tw/)',
    );
    expect(rels(facts, 'ESTABLISHED_BY')).toContain('authority:isa -> authority:modi');
    expect(node(facts, 'authority:isa')?.properties.name).toBe('資訊安全署');
  });
});

describe('extraction: bracketed CJK document titles', () => {
  it('makes guidelines and requirements Standards and laws or measures Certifications of their type', () => {
    const ja = read('ja-JP', 'QAX は「クラウド情報管理ガイドライン」に基づいています。');
    expect(rels(ja, 'BASED_ON')).toContain('certification:qax -> standard:クラウド情報管理ガイドライン');
    const zh = read('zh-CN', 'QAX 基于《云服务数据安全要求》，并依据《数据出境安全评估办法》实施。');
    expect(rels(zh, 'BASED_ON')).toContain('certification:qax -> standard:云服务数据安全要求');
    expect(node(zh, 'certification:数据出境安全评估办法')?.properties.type).toBe('regulation');
    const tw = read('zh-TW', 'QAX 以「雲端資安管理規範」為基礎，並符合「雲端服務資料保護法」。');
    expect(rels(tw, 'BASED_ON')).toContain('certification:qax -> standard:雲端資安管理規範');
    expect(node(tw, 'certification:雲端服務資料保護法')?.properties.type).toBe('law');
  });

  it('reads no title from quoted labels, methods or sentences', () => {
    const facts = read(
      'ja-JP',
      '「監査レポート」を選択します。「認証方法」を参照してください。「この基準を守ります。」と書かれています。「暗号化アルゴリズム」も同じです。',
    );
    expect(facts.nodes.filter((n) => n.properties.name && n.id !== 'certification:qax')).toEqual([]);
  });
});
