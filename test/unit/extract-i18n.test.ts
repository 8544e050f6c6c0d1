import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/ingest/document.ts';
import { article, extract, relation, rels } from '../helpers/extract.ts';

describe('extraction (Japanese)', () => {
  const text = article(
    'ja-JP',
    'クラウド セキュリティ ゴールド マーク (CS ゴールド マーク)',
    `# <a name="cloud-security-mark-gold"></a>クラウド セキュリティ ゴールド マーク (CS ゴールド マーク)

## <a name="cs-gold-mark-overview"></a>CS ゴールド マークの概要

CS マークは、日本のクラウド事業者向けの認定制度であり、ISO/IEC 27017 に基づいています。 ISO/IEC 27017 が基づいている ISO/IEC 27002 は、情報セキュリティ管理策の実践規範です。 CS マークは、総務省と経済産業省が設立した団体である日本セキュリティ監査協会 (JASA) によって認定されます。

認定の有効期間は 3 年で、毎年サーベイランス監査が行われます。

## <a name="microsoft-and-cs-gold-mark"></a>Microsoft と CS ゴールド マーク

Microsoft Azure は IaaS と PaaS、Office 365 は SaaS として認定を受けています。

## <a name="microsoft-in-scope-cloud-services"></a>対象となるサービス

- Azure
- Intune、Power BI
`,
  );
  const facts = extract('ja-jp/offering-cs-gold-mark.md', text);

  it('reads topic-marked and relative-clause lineage', () => {
    const based = rels(facts, 'BASED_ON');
    expect(based).toContain('certification:cs-mark -> standard:iso-iec-27017');
    expect(based).toContain('standard:iso-iec-27017 -> standard:iso-iec-27002');
  });

  it('reads "X が設立した Y" and "Y によって認定"', () => {
    expect(rels(facts, 'ESTABLISHED_BY').sort()).toEqual([
      'authority:jasa -> authority:meti',
      'authority:jasa -> authority:mic',
    ]);
    expect(rels(facts, 'ACCREDITS')).toContain('authority:jasa -> certification:cs-mark');
    expect(rels(facts, 'PUBLISHES')).toEqual([]);
  });

  it('learns the Japanese name of a known authority from "名前 (ACR)"', () => {
    const jasa = facts.nodes.find((n) => n.id === 'authority:jasa');
    expect(jasa).toBeDefined();
    expect(relation(facts, 'MENTIONS', 'article:ja-jp/offering-cs-gold-mark.md', 'authority:jasa')).toBeDefined();
  });

  it('reads facts, tiers, services and models', () => {
    const p = facts.nodes.find((n) => n.id === 'certification:cs-gold-mark')?.properties;
    expect(p?.validityYears).toBe(3);
    expect(p?.surveillanceAudit).toBe('annual');
    expect(rels(facts, 'PART_OF')).toContain('certification:cs-gold-mark -> certification:cs-mark');
    expect(rels(facts, 'COVERS').sort()).toEqual(
      ['azure', 'intune', 'office-365', 'power-bi'].map((s) => `certification:cs-gold-mark -> service:${s}`),
    );
    expect(
      relation(facts, 'COVERS', 'certification:cs-gold-mark', 'service:office-365')?.properties.serviceModels,
    ).toEqual(['SaaS']);
  });

  it('quotes verbatim', () => {
    for (const r of facts.relationships) for (const e of r.evidence) expect(text.includes(e.quote)).toBe(true);
  });
});

describe('extraction (Simplified Chinese)', () => {
  const facts = extract(
    'zh-cn/offering-cs-gold-mark.md',
    article(
      'zh-CN',
      '云安全金标 (CS Gold Mark)',
      `# <a name="cloud-security-mark-gold"></a>云安全金标 (CS Gold Mark)

## <a name="cs-gold-mark-overview"></a>概述

云安全标志 (CS Mark) 基于 ISO/IEC 27017。云安全标志由日本安全审计协会 (JASA) 认证，有效期为 3 年。
`,
    ),
  );
  it('reads 基于 and 由…认证', () => {
    expect(rels(facts, 'BASED_ON')).toContain('certification:cs-mark -> standard:iso-iec-27017');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:jasa -> certification:cs-mark');
    expect(facts.nodes.find((n) => n.id === 'certification:cs-gold-mark')?.properties.validityYears).toBe(3);
  });
});

describe('extraction (German)', () => {
  const facts = extract(
    'de-de/offering-c5.md',
    article(
      'de-DE',
      'Cloud Computing Compliance Criteria Catalogue (C5)',
      `# <a name="c5"></a>Cloud Computing Compliance Criteria Catalogue (C5)

## <a name="c5-overview"></a>Übersicht

Der C5 wird vom Bundesamt für Sicherheit in der Informationstechnik (BSI) veröffentlicht. Der Katalog basiert auf ISO/IEC 27001 und gilt in Deutschland.
`,
    ),
  );
  it('reads verb-final passives and basiert auf', () => {
    expect(rels(facts, 'PUBLISHES')).toContain('authority:bsi -> certification:c5');
    expect(rels(facts, 'BASED_ON')).toContain('certification:c5 -> standard:iso-iec-27001');
    expect(rels(facts, 'APPLIES_IN')).toContain('certification:c5 -> jurisdiction:de');
  });
});

describe('extraction (French)', () => {
  const facts = extract(
    'fr-fr/offering-c5.md',
    article(
      'fr-FR',
      'C5 (Cloud Computing Compliance Criteria Catalogue)',
      `# <a name="c5"></a>C5

## <a name="c5-overview"></a>Vue d'ensemble

Le C5 est publié par l'Office fédéral de la sécurité des technologies de l'information (BSI). Il est fondé sur la norme ISO/IEC 27001.

Une attestation C5 est délivrée par un auditeur indépendant, et non par le BSI.
`,
    ),
  );
  it('reads publié par, fondé sur, and skips the negated agent', () => {
    expect(rels(facts, 'PUBLISHES')).toEqual(['authority:bsi -> certification:c5']);
    expect(rels(facts, 'BASED_ON')).toContain('certification:c5 -> standard:iso-iec-27001');
    expect(rels(facts, 'ACCREDITS')).toEqual([]);
  });
});

describe('locale merging', () => {
  it('merges translations of one offering into one certification with localized names', () => {
    const en = extract('en-us/offering-c5.md', article('en-US', 'C5 Cloud Criteria', '# C5 Cloud Criteria\n\nText.\n'));
    const de = extract(
      'de-de/offering-c5.md',
      article('de-DE', 'C5-Kriterienkatalog', '# C5-Kriterienkatalog\n\nText.\n'),
    );
    const doc = new DocumentBuilder();
    doc.add(en);
    doc.add(de);
    const built = doc.build();
    const c5 = built.nodes.filter((n) => n.id === 'certification:c5');
    expect(c5).toHaveLength(1);
    expect(c5[0]?.properties.names).toMatchObject({ en: 'C5 Cloud Criteria', de: 'C5-Kriterienkatalog' });
    expect(built.relationships.filter((r) => r.type === 'DESCRIBES').map((r) => r.start)).toEqual([
      'article:en-us/offering-c5.md',
      'article:de-de/offering-c5.md',
    ]);
  });
});
