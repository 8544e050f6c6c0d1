/**
 * Tiers of the described scheme written in the ways articles write them beyond "Level N": bullets and
 * table rows with descriptive names, impact words (Low / Moderate / High) in several languages, Chinese
 * and Japanese ordinals — each tier with one id in every locale, quoting the sentence or row naming it,
 * and PART_OF only when the text ties the label to the scheme. Articles are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/ingest/types.ts';
import { article, extract, rels } from '../helpers/extract.ts';

const tiersOf = (facts: ArticleFacts) => rels(facts, 'PART_OF').sort();
const quotes = (facts: ArticleFacts, start: string) =>
  facts.relationships
    .filter((r) => r.type === 'PART_OF' && r.start === start)
    .flatMap((r) => r.evidence.map((e) => e.quote));

describe('extraction: tiers in lists and tables', () => {
  it('reads one tier per bullet and per table row, quoting the row', () => {
    const facts = extract(
      'en-us/offering-quay-mark.md',
      article(
        'en-US',
        'Quay Assurance Mark (QAM)',
        `# Quay Assurance Mark (QAM)

## <a name="levels"></a>Levels

The QAM is awarded at one of the following levels.

| Level | Name | Audit |
| --- | --- | --- |
| 1 | Foundational | self-assessment |
| 2 | Advanced | third party |

## <a name="steps"></a>How to apply

1. Scope the assessment.
2. Book an auditor.
`,
      ),
    );
    expect(tiersOf(facts)).toEqual([
      'certification:quay-mark-level-1 -> certification:quay-mark',
      'certification:quay-mark-level-2 -> certification:quay-mark',
    ]);
    expect(quotes(facts, 'certification:quay-mark-level-2')).toEqual(['| 2 | Advanced | third party |']);
  });

  it('reads impact words leading the items of a list under a lead-in naming the scheme', () => {
    const facts = extract(
      'en-us/offering-quay-cloud.md',
      article(
        'en-US',
        'Quay Cloud Program (QCP)',
        `# Quay Cloud Program (QCP)

## <a name="baselines"></a>Baselines

QCP sorts cloud services into impact categories:

- **Low**: public data.
- **Moderate**: internal data.
- **High**: sensitive data.
`,
      ),
    );
    expect(tiersOf(facts)).toEqual([
      'certification:quay-cloud-high -> certification:quay-cloud',
      'certification:quay-cloud-low -> certification:quay-cloud',
      'certification:quay-cloud-moderate -> certification:quay-cloud',
    ]);
    expect(quotes(facts, 'certification:quay-cloud-high')).toEqual(['**High**: sensitive data.']);
  });
});

describe('extraction: impact words as tiers, one id in every language', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'en-us',
      'en-US',
      'Harbour Cloud Scheme (HCS)',
      'HCS authorizes services at three impact levels: Low, Moderate, and High.',
    ],
    ['de-de', 'de-DE', 'Hafen Cloud Schema (HCS)', 'Das HCS kennt drei Schutzstufen: niedrig, mittel und hoch.'],
    [
      'fr-fr',
      'fr-FR',
      'Hébergement Cloud Sécurisé (HCS)',
      'Le HCS définit trois niveaux d’impact : faible, modéré et élevé.',
    ],
    ['ja-jp', 'ja-JP', 'ハーバー クラウド制度 (HCS)', 'HCS には低・中・高の 3 つの影響レベルがあります。'],
    ['zh-cn', 'zh-CN', '港湾云方案 (HCS)', 'HCS 将云服务分为低、中、高三个影响等级。'],
    ['ko-kr', 'ko-KR', '하버 클라우드 제도 (HCS)', 'HCS에는 상·중·하 세 등급이 있습니다.'],
  ];
  it.each(cases)('%s', (dir, locale, title, sentence) => {
    const facts = extract(
      `${dir}/offering-harbour-cloud.md`,
      article(locale, title, `# ${title}\n\n## <a name="overview"></a>Overview\n\n${sentence}\n`),
    );
    expect(tiersOf(facts)).toEqual([
      'certification:harbour-cloud-high -> certification:harbour-cloud',
      'certification:harbour-cloud-low -> certification:harbour-cloud',
      'certification:harbour-cloud-moderate -> certification:harbour-cloud',
    ]);
    expect(quotes(facts, 'certification:harbour-cloud-low')).toEqual([sentence]);
  });

  it('reads a capitalised word fixed to "baseline" or "Impact"', () => {
    const facts = extract(
      'en-us/offering-harbour-cloud.md',
      article(
        'en-US',
        'Harbour Cloud Scheme (HCS)',
        '# Harbour Cloud Scheme (HCS)\n\n## <a name="overview"></a>Overview\n\nAzure holds an HCS Moderate baseline authorization, and a Low-Impact SaaS path exists for HCS.\n',
      ),
    );
    expect(tiersOf(facts)).toEqual([
      'certification:harbour-cloud-low -> certification:harbour-cloud',
      'certification:harbour-cloud-moderate -> certification:harbour-cloud',
    ]);
  });

  it('leaves ordinary adjectives and the levels of another scheme alone', () => {
    const facts = extract(
      'en-us/offering-harbour-cloud.md',
      article(
        'en-US',
        'Harbour Cloud Scheme (HCS)',
        `# Harbour Cloud Scheme (HCS)

## <a name="overview"></a>Overview

HCS demands a high level of assurance, high availability and low latency at every level.
FedRAMP defines Low, Moderate and High baselines, and Azure also holds CMMC Level 2.
`,
      ),
    );
    expect(tiersOf(facts).filter((r) => r.includes('harbour-cloud-'))).toEqual([]);
  });
});

describe('extraction: Chinese and Japanese ordinal levels', () => {
  it('reads 第一级 … and 等级保护三级 as Level N, with the id of "Level 3" / "Stufe 3"', () => {
    const zh = extract(
      'zh-cn/offering-harbour-grade.md',
      article(
        'zh-CN',
        '港湾安全分级方案 (HGS)',
        `# 港湾安全分级方案 (HGS)

## <a name="overview"></a>概述

HGS 将信息系统分为五个安全保护等级，从第一级到第五级。

- 第二级：系统审计保护级
- 第三级：安全标记保护级
`,
      ),
    );
    expect(tiersOf(zh)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `certification:harbour-grade-level-${n} -> certification:harbour-grade`),
    );
    expect(quotes(zh, 'certification:harbour-grade-level-3')).toContain('第三级：安全标记保护级');
    const de = extract(
      'de-de/offering-harbour-grade.md',
      article(
        'de-DE',
        'Hafen Stufenschema (HGS)',
        '# Hafen Stufenschema (HGS)\n\n## <a name="overview"></a>Übersicht\n\nDas HGS hat die Stufe 3.\n',
      ),
    );
    expect(tiersOf(de)).toEqual(['certification:harbour-grade-level-3 -> certification:harbour-grade']);
    const en = extract(
      'en-us/offering-harbour-grade.md',
      article(
        'en-US',
        'Harbour Grade Scheme (HGS)',
        '# Harbour Grade Scheme (HGS)\n\n## <a name="overview"></a>Overview\n\nHGS has Level I, Level II and Level III.\n',
      ),
    );
    expect(tiersOf(en)).toEqual(
      [1, 2, 3].map((n) => `certification:harbour-grade-level-${n} -> certification:harbour-grade`),
    );
  });

  it('ties a bare ordinal only to the scheme the text names, and no audit stage is a level', () => {
    const zh = extract(
      'zh-cn/offering-harbour-grade.md',
      article(
        'zh-CN',
        '港湾安全分级方案 (HGS)',
        '# 港湾安全分级方案 (HGS)\n\n## <a name="overview"></a>概述\n\n另外，Azure 也通过了 ISO/IEC 27001 认证和其他方案的三级测评。\n',
      ),
    );
    expect(tiersOf(zh)).toEqual([]);
    const ja = extract(
      'ja-jp/offering-harbour-grade.md',
      article(
        'ja-JP',
        'ハーバー等級制度 (HGS)',
        '# ハーバー等級制度 (HGS)\n\n## <a name="overview"></a>概要\n\nHGS の認証では第1段階審査と第2段階審査が行われます。\n',
      ),
    );
    expect(tiersOf(ja)).toEqual([]);
  });
});
