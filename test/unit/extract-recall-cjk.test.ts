/**
 * Recall on Japanese and Chinese articles: a cleft sentence whose object is a generic noun
 * for the scheme ("制度を運営しているのは、X です"), the examination criteria named as a predicate
 * ("審査の基準は、X です"), a standard enacted after a body's deliberation, a body set up with a
 * ministry's cooperation ("X の協力のもとで設立"), the title without its
 * generic scheme noun ("… 制度") or with only the part after "…に関する" the article brackets, a plural
 * demonstrative for standards ("这些标准由 X 组织起草"), a bracketed title glued to a designation, a
 * list of Chinese ordinal levels tied to the scheme by the short form of its name, and certification
 * bodies that must be accredited by a body ("驗證機構，須經 X 認證"). Each has a look-alike that must
 * give nothing.
 */
import { describe, expect, it } from 'vitest';
import { article, extract, readOverview, rels } from '../helpers/extract.ts';

const JA = ['ja-jp/offering-isms-conformity.md', 'ja-JP', 'ISMS 適合性評価制度'] as const;
const ZH = ['zh-cn/offering-pi-certification.md', 'zh-CN', '个人信息保护认证'] as const;

describe('Japanese: generic scheme nouns, criteria, deliberation, title forms', () => {
  it('reads a cleft sentence on "制度" as the body running the scheme, not one on a verb that is no cue', () => {
    const f = readOverview(
      ...JA,
      '制度を運営しているのは、一般社団法人情報マネジメントシステム認定センター (ISMS-AC) です。',
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:isms-ac -> certification:isms-conformity']);
    const uses = readOverview(...JA, '制度を利用しているのは、ISMS-AC の会員企業です。');
    expect(rels(uses, 'ACCREDITS')).toEqual([]);
  });

  it('reads "審査の基準は、X です" as the scheme based on X, not "審査の期間は"', () => {
    const f = readOverview(...JA, '審査の基準は、JIS Q 27001 です。');
    expect(rels(f, 'BASED_ON')).toEqual(['certification:isms-conformity -> standard:jis-q-27001']);
    const period = readOverview(...JA, '審査の期間は、通常 3 か月で、JIS Q 27001 の教育も含みます。');
    expect(rels(period, 'BASED_ON')).toEqual([]);
  });

  it('reads a standard enacted after a body deliberated it as published by that body', () => {
    const f = readOverview(
      ...JA,
      'JIS Q 27001 は日本産業標準調査会 (JISC) の審議を経て制定された規格で、ISO/IEC 27001 に対応します。',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:jisc -> standard:jis-q-27001']);
    const pending = readOverview(...JA, 'JIS Q 27001 は日本産業標準調査会 (JISC) の審議を経て改訂が検討されています。');
    expect(rels(pending, 'PUBLISHES')).toEqual([]);
  });

  it('reads a body set up "with the cooperation of" a ministry as established by it, not other work done so', () => {
    const f = readOverview(
      ...JA,
      '一般社団法人クラウド推進協会 (CPA) は、経済産業省の協力のもとで 2015 年に設立された団体です。',
    );
    expect(rels(f, 'ESTABLISHED_BY')).toEqual(['authority:cpa -> authority:meti']);
    const survey = readOverview(
      ...JA,
      '一般社団法人クラウド推進協会 (CPA) は、経済産業省の協力のもとで利用状況の調査を行いました。',
    );
    expect(rels(survey, 'ESTABLISHED_BY')).toEqual([]);
  });

  it('names the scheme by its title without "制度"', () => {
    const f = readOverview(...JA, 'ISMS 適合性評価は JIS Q 27001 に基づきます。');
    expect(rels(f, 'BASED_ON')).toEqual(['certification:isms-conformity -> standard:jis-q-27001']);
  });

  it('names the scheme by the part of its title after "…に関する" when the article brackets it', () => {
    const title = 'クラウドサービスの安全管理に関する 2 省ガイドライン';
    const f = readOverview(
      'ja-jp/offering-cloud-2-guidelines.md',
      'ja-JP',
      title,
      '2 つの省がそれぞれ指針を定めており、これらを「2 省ガイドライン」と呼びます。',
    );
    expect(f.nodes.map((n) => n.id).filter((id) => id.startsWith('standard:'))).toEqual([]);
  });
});

describe('Chinese: plural demonstratives, designation titles, ordinal levels', () => {
  it('reads "这些标准由 X 组织起草" as X drafting every standard the sentence before named', () => {
    const f = readOverview(
      ...ZH,
      'GB/T 35273-2020 和 GB/T 41479-2022 是个人信息保护的重要国家标准。这些标准由全国信息安全标准化技术委员会（TC260）组织起草。',
    );
    expect(rels(f, 'PUBLISHES').sort()).toEqual([
      'authority:tc260 -> standard:gb-t-35273',
      'authority:tc260 -> standard:gb-t-41479',
    ]);
    // One standard before "这些标准": no antecedent fits, and the scheme is no fallback.
    const one = readOverview(
      ...ZH,
      'GB/T 35273-2020 是个人信息保护的重要国家标准。这些标准由全国信息安全标准化技术委员会（TC260）组织起草。',
    );
    expect(rels(one, 'PUBLISHES')).toEqual([]);
  });

  it('reads a bracketed title glued to a designation as that standard, not a second patient', () => {
    const f = readOverview(
      ...ZH,
      'GB/T 35273-2020《信息安全技术 个人信息安全规范》由全国信息安全标准化技术委员会（TC260）组织起草。',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:tc260 -> standard:gb-t-35273']);
  });

  it('ties ordinal levels to the scheme a list lead-in names by the short form of its name', () => {
    const levels = (title: string, lead: string) =>
      rels(
        extract(
          'zh-cn/offering-levels.md',
          article(
            'zh-CN',
            title,
            `# ${title}\n\n## <a name="overview"></a>概述\n\n${lead}\n\n- **第一级**：影响较小。\n- **第二级**：影响较大。\n- **第三级**：影响严重。\n`,
          ),
        ),
        'PART_OF',
      ).sort();
    expect(levels('网络安全等级保护制度', '等级保护将系统分为三个等级：')).toEqual([
      'certification:levels-level-1 -> certification:levels',
      'certification:levels-level-2 -> certification:levels',
      'certification:levels-level-3 -> certification:levels',
    ]);
    // Data classified into levels in an article on another scheme: the lead-in does not name it.
    expect(levels('数据出境安全评估制度', '企业将数据分为三个等级：')).toEqual([]);
  });
});

describe('Traditional Chinese: certification bodies that must be accredited by a body', () => {
  it('reads "核發 X 證書的驗證機構，須經 Y 認證" as Y accrediting for X, the name cut after "須經"', () => {
    const f = readOverview(
      'zh-tw/offering-tw-example.md',
      'zh-TW',
      '臺灣資安示例制度',
      '在臺灣，核發 ISO/IEC 27701 驗證證書的驗證機構，須經財團法人全國認證基金會（TAF）認證。',
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:taf -> certification:iso-27701']);
    expect(rels(f, 'PUBLISHES')).toEqual([]);
    const apply = readOverview(
      'zh-tw/offering-tw-example.md',
      'zh-TW',
      '臺灣資安示例制度',
      '驗證機構須向財團法人全國認證基金會（TAF）申請資料。',
    );
    expect(rels(apply, 'ACCREDITS')).toEqual([]);
  });
});
