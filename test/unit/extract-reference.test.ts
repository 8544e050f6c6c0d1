import { describe, expect, it } from 'vitest';
import { article, extract, relation, rels } from '../helpers/extract.ts';

const iso27018 = (locale: string, body: string) =>
  extract(
    `${locale.toLowerCase()}/offering-iso-27018.md`,
    article(
      locale,
      'ISO/IEC 27018 Code of Practice',
      `# <a name="iso-iec-27018"></a>ISO/IEC 27018 Code of Practice\n\n${body}`,
    ),
  );

describe('a reference takes the subject of the sentence before it', () => {
  const body = `## <a name="iso-27018-overview"></a>Overview

ISO/IEC 27018 is based on ISO/IEC 27002. It also draws on the privacy principles of ISO/IEC 29100.
`;
  const facts = iso27018('en-US', body);

  it('reads "It" as the standard named before, with the sentence as evidence', () => {
    const r = relation(facts, 'BASED_ON', 'standard:iso-iec-27018', 'standard:iso-iec-29100');
    expect(r?.evidence).toEqual([
      {
        article: 'en-us/offering-iso-27018.md',
        locale: 'en-US',
        section: 'iso-27018-overview',
        quote: 'It also draws on the privacy principles of ISO/IEC 29100.',
      },
    ]);
    expect(rels(facts, 'BASED_ON')).not.toContain('certification:iso-27018 -> standard:iso-iec-29100');
  });

  it('does not carry a subject past a section heading or into another paragraph', () => {
    for (const text of [
      `## <a name="iso-27018-overview"></a>Overview\n\nISO/IEC 27018 is based on ISO/IEC 27002.\n\n## <a name="microsoft-and-iso-27018"></a>Microsoft and ISO/IEC 27018\n\nIt also draws on ISO/IEC 29100.\n`,
      `## <a name="iso-27018-overview"></a>Overview\n\nISO/IEC 27018 is based on ISO/IEC 27002.\n\nIt also draws on ISO/IEC 29100.\n`,
    ]) {
      const based = rels(iso27018('en-US', text), 'BASED_ON');
      expect(based).toContain('certification:iso-27018 -> standard:iso-iec-29100');
      expect(based).not.toContain('standard:iso-iec-27018 -> standard:iso-iec-29100');
    }
  });

  it('does not carry a subject the reference cannot mean', () => {
    const f = iso27018(
      'en-US',
      `## <a name="iso-27018-overview"></a>Overview\n\nISO/IEC 27018 is based on ISO/IEC 27002. The scheme is operated by the Japan Information Security Audit Association (JASA).\n`,
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:jasa -> certification:iso-27018']);
  });

  it('does not carry from a sentence whose subject is not a named entity', () => {
    const f = iso27018(
      'en-US',
      `## <a name="iso-27018-overview"></a>Overview\n\nISO/IEC 27018 is based on ISO/IEC 27002. Many cloud providers adopted it early. It also draws on ISO/IEC 29100.\n`,
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:iso-27018 -> standard:iso-iec-29100');
  });

  it('passes over a clause that only sets the scene', () => {
    const f = iso27018(
      'en-US',
      `## <a name="iso-27018-overview"></a>Overview\n\nLike ISO/IEC 27017, ISO/IEC 27018 extends ISO/IEC 27002. It also draws on ISO/IEC 29100.\n`,
    );
    expect(rels(f, 'BASED_ON')).toContain('standard:iso-iec-27018 -> standard:iso-iec-29100');
    expect(rels(f, 'BASED_ON')).not.toContain('standard:iso-iec-27017 -> standard:iso-iec-29100');
  });

  it('reads an authority as the referent of "It" (established by)', () => {
    const f = iso27018(
      'en-US',
      `## <a name="iso-27018-overview"></a>Overview\n\nThe Japan Information Security Audit Association (JASA) runs audits. It was established by the Ministry of Internal Affairs and Communications (MIC).\n`,
    );
    expect(rels(f, 'ESTABLISHED_BY')).toEqual(['authority:jasa -> authority:mic']);
    expect(rels(f, 'PUBLISHES')).toEqual([]);
  });

  it('reads "The standard" without an antecedent as the standard the described certification is named after', () => {
    const f = iso27018(
      'en-US',
      `## <a name="iso-27018-overview"></a>Overview\n\nThe standard is published by the International Organization for Standardization (ISO).\n`,
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:iso -> standard:iso-iec-27018']);
  });

  it('German: "Sie" after a sentence about a standard', () => {
    const f = iso27018(
      'de-DE',
      `## <a name="iso-27018-overview"></a>Übersicht\n\nISO/IEC 27018 basiert auf ISO/IEC 27002. Sie beruht auf den Grundsätzen von ISO/IEC 29100.\n`,
    );
    expect(rels(f, 'BASED_ON')).toContain('standard:iso-iec-27018 -> standard:iso-iec-29100');
    expect(rels(f, 'BASED_ON')).not.toContain('certification:iso-27018 -> standard:iso-iec-29100');
  });

  it('Japanese: a sentence without a topic continues the topic before it', () => {
    const f = iso27018(
      'ja-JP',
      `## <a name="iso-27018-overview"></a>概要\n\nISO/IEC 27018 は ISO/IEC 27002 に基づいています。また、ISO/IEC 29100 のプライバシー原則も取り入れています。\n`,
    );
    const r = relation(f, 'BASED_ON', 'standard:iso-iec-27018', 'standard:iso-iec-29100');
    expect(r?.evidence[0]?.quote).toBe('また、ISO/IEC 29100 のプライバシー原則も取り入れています。');
    expect(rels(f, 'BASED_ON')).not.toContain('certification:iso-27018 -> standard:iso-iec-29100');
  });

  it('Chinese: "它" after a sentence about a standard', () => {
    const f = iso27018(
      'zh-CN',
      `## <a name="iso-27018-overview"></a>概述\n\nISO/IEC 27018 基于 ISO/IEC 27002。它也基于 ISO/IEC 29100 的隐私原则。\n`,
    );
    expect(rels(f, 'BASED_ON')).toContain('standard:iso-iec-27018 -> standard:iso-iec-29100');
  });
});

describe('a certification named after a standard is based on it', () => {
  it('reads the title and "certified against" in the article of the certification', () => {
    const f = extract(
      'en-us/offering-iso-22301.md',
      article(
        'en-US',
        'ISO 22301 Business Continuity',
        `# <a name="iso-22301"></a>ISO 22301 Business Continuity

## <a name="microsoft-and-iso-22301"></a>Microsoft and ISO 22301

Microsoft has its continuity programme certified against ISO 22301 by an accredited body. Microsoft is not certified against ISO/IEC 27031.
`,
      ),
    );
    const r = relation(f, 'BASED_ON', 'certification:iso-22301', 'standard:iso-22301');
    expect(r?.evidence.map((e) => [e.section, e.quote])).toEqual([
      [
        'microsoft-and-iso-22301',
        'Microsoft has its continuity programme certified against ISO 22301 by an accredited body.',
      ],
      ['iso-22301', 'ISO 22301 Business Continuity'],
    ]);
    expect(rels(f, 'BASED_ON')).toEqual(['certification:iso-22301 -> standard:iso-22301']);
  });

  it('gives no basis to a certification named in passing in another article, nor ties the described one to another standard', () => {
    const f = extract(
      'en-us/offering-iso-27017.md',
      article(
        'en-US',
        'Cloud controls',
        `# <a name="iso-iec-27017"></a>Cloud controls

## <a name="iso-27017-overview"></a>Overview

Microsoft holds ISO/IEC 27001 certification. Its cloud controls are also certified against ISO/IEC 27001.
`,
      ),
    );
    expect(rels(f, 'BASED_ON')).toEqual([]);
  });

  it('German, Japanese and Chinese certification names', () => {
    const de = extract(
      'de-de/offering-c5.md',
      article(
        'de-DE',
        'C5',
        '# C5\n\n## <a name="c5-overview"></a>Übersicht\n\nViele Anbieter haben eine ISO/IEC 27001-Zertifizierung.\n',
      ),
    );
    expect(rels(de, 'BASED_ON')).toEqual([]);
    const ja = extract(
      'ja-jp/offering-iso-22301.md',
      article(
        'ja-JP',
        '事業継続',
        '# 事業継続\n\n## <a name="microsoft-and-iso-22301"></a>Microsoft と ISO 22301\n\nMicrosoft は独立の認証機関から ISO 22301 の認証を受けています。\n',
      ),
    );
    expect(relation(ja, 'BASED_ON', 'certification:iso-22301', 'standard:iso-22301')?.evidence[0]?.quote).toBe(
      'Microsoft は独立の認証機関から ISO 22301 の認証を受けています。',
    );
    const zh = extract(
      'zh-cn/offering-c5.md',
      article('zh-CN', 'C5', '# C5\n\n## <a name="c5-overview"></a>概述\n\n许多提供商同时拥有 ISO/IEC 27701 认证。\n'),
    );
    expect(rels(zh, 'BASED_ON')).toEqual([]);
  });

  it('a discovered certification whose title carries a designation', () => {
    const f = extract(
      'en-us/offering-iso-9001.md',
      article(
        'en-US',
        'ISO 9001 Quality Management',
        `# ISO 9001 Quality Management

## <a name="microsoft-and-iso-9001"></a>Microsoft and ISO 9001

Microsoft holds an ISO 9001 certificate for Azure.
`,
      ),
    );
    const r = relation(f, 'BASED_ON', 'certification:iso-9001', 'standard:iso-9001');
    expect(r?.evidence.map((e) => e.quote)).toEqual([
      'Microsoft holds an ISO 9001 certificate for Azure.',
      'ISO 9001 Quality Management',
    ]);
  });
});
