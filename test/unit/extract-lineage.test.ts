import { describe, expect, it } from 'vitest';
import { validLinks } from '../../src/ingest/enumeration.ts';
import { Matcher } from '../../src/ingest/matcher.ts';
import { schemeAndTier } from '../../src/ingest/tiers.ts';
import { article, extract, relation, rels } from '../helpers/extract.ts';

/** One overview paragraph in an article about `slug`, titled `title`, in `locale`. */
function overview(locale: string, slug: string, title: string, paragraph: string) {
  const text = article(
    locale,
    title,
    `# <a name="${slug}"></a>${title}\n\n## <a name="${slug}-overview"></a>Overview\n\n${paragraph}\n`,
  );
  return extract(`${locale.toLowerCase()}/offering-${slug}.md`, text);
}

describe('a standard is based only on standards', () => {
  it('reads no lineage from a standard to a certification', () => {
    const f = overview(
      'en-US',
      'iso-27018',
      'ISO/IEC 27018 Code of Practice',
      'Certification bodies assess ISO/IEC 27018 as an extension to an ISO/IEC 27001 certification.',
    );
    expect(rels(f, 'BASED_ON')).not.toContain('standard:iso-iec-27018 -> certification:iso-27001');
  });

  it('still reads a standard based on a standard, and a certification based on a certification', () => {
    const f = overview(
      'en-US',
      'iso-27018',
      'ISO/IEC 27018 Code of Practice',
      'ISO/IEC 27018 is an extension of ISO/IEC 27002. The CS Gold Mark builds on the ISO/IEC 27001 certification.',
    );
    const based = rels(f, 'BASED_ON');
    expect(based).toContain('standard:iso-iec-27018 -> standard:iso-iec-27002');
    expect(based).toContain('certification:cs-gold-mark -> certification:iso-27001');
  });

  it('does so in Japanese', () => {
    const f = overview(
      'ja-JP',
      'iso-27018',
      'ISO/IEC 27018 実施規範',
      'ISO/IEC 27018 も単独では認証されず、認証機関が ISO/IEC 27001 認証の拡張として評価します。',
    );
    expect(rels(f, 'BASED_ON').filter((r) => r.startsWith('standard:'))).toEqual([]);
  });
});

describe('a generic legal phrase is not a lineage cue', () => {
  it('drops "X などの法令に基づいて" (acting under the law)', () => {
    const f = overview(
      'ja-JP',
      'iso-27701',
      'ISO/IEC 27701 認証',
      '一般データ保護規則 (GDPR) などの法令に基づいて監査を実施します。',
    );
    expect(rels(f, 'BASED_ON')).not.toContain('certification:iso-27701 -> certification:gdpr');
  });

  it('drops "on the basis of laws such as …" and "auf Grundlage von Gesetzen wie …"', () => {
    const en = overview(
      'en-US',
      'iso-27701',
      'ISO/IEC 27701 certification',
      'The certification is awarded on the basis of laws such as the GDPR.',
    );
    expect(rels(en, 'BASED_ON')).not.toContain('certification:iso-27701 -> certification:gdpr');
    const de = overview(
      'de-DE',
      'iso-27701',
      'ISO/IEC 27701-Zertifizierung',
      'Die Zertifizierung wird auf der Grundlage von Gesetzen wie der DSGVO erteilt.',
    );
    expect(rels(de, 'BASED_ON')).not.toContain('certification:iso-27701 -> certification:gdpr');
  });

  it('keeps a named law and a standard reached through a legal noun', () => {
    const named = overview(
      'ja-JP',
      'iso-27701',
      'ISO/IEC 27701 認証',
      'この認証は一般データ保護規則 (GDPR) に基づいています。',
    );
    expect(rels(named, 'BASED_ON')).toContain('certification:iso-27701 -> certification:gdpr');
    const standard = overview(
      'en-US',
      'iso-27701',
      'ISO/IEC 27701 certification',
      'The certification is based on the legal and technical requirements of ISO/IEC 29100.',
    );
    expect(rels(standard, 'BASED_ON')).toContain('certification:iso-27701 -> standard:iso-iec-29100');
  });
});

describe('a scheme and its own tier are not a basis of one another', () => {
  it('drops "CMMC is based on CMMC Level 2" (lexicon partOf)', () => {
    const f = overview(
      'en-US',
      'nist-sp-800-171',
      'NIST SP 800-171',
      'The Cybersecurity Maturity Model Certification (CMMC) is based on CMMC Level 2 and NIST SP 800-171.',
    );
    const fromCmmc = rels(f, 'BASED_ON').filter((r) => r.startsWith('certification:cmmc '));
    expect(fromCmmc).toHaveLength(1);
    expect(fromCmmc[0]).toMatch(/ -> (?:standard|certification):nist-sp-800-171$/);
  });

  it('recognises a tier by its name when the lexicon does not say so', () => {
    const matcher = new Matcher(null);
    const scheme = { id: 'certification:acme-trust-mark', kind: 'Certification' as const, name: 'Acme Trust Mark' };
    const tier = { id: 'certification:acme-gold', kind: 'Certification' as const, name: 'Acme Trust Mark Gold' };
    const other = { id: 'certification:acme-cloud', kind: 'Certification' as const, name: 'Acme Cloud Mark Gold' };
    matcher.addSurface(scheme.name, scheme);
    expect(schemeAndTier(scheme, tier, null, matcher)).toBe(true);
    expect(schemeAndTier(tier, scheme, null, matcher)).toBe(true);
    expect(schemeAndTier(scheme, other, null, matcher)).toBe(false);
  });
});

describe('an enumeration does not run into the next clause', () => {
  it('keeps "A, B and C" and "A, B, and C" whole', () => {
    expect(validLinks([', ', ' and '])).toBe(2);
    expect(validLinks([', ', ', and '])).toBe(2);
    expect(validLinks(['、', '、'])).toBe(2);
    expect(validLinks([' und '])).toBe(1);
    expect(validLinks([', ', ' e '])).toBe(2);
  });

  it('stops at "A, and B …" and at a bare comma that no conjunction follows', () => {
    expect(validLinks([', and '])).toBe(0);
    expect(validLinks([', the '])).toBe(0);
    expect(validLinks([', ', ' and ', ', '])).toBe(2);
    // Read backwards from a cue after the run: the names nearest the cue are kept.
    expect(validLinks([', ', ' and '], true)).toBe(2);
    expect(validLinks([', and ', ' and '], true)).toBe(1);
  });

  it('reads each clause of "X is based on A, and Y is based on B" on its own', () => {
    const f = overview(
      'en-US',
      'ismap',
      'ISMAP',
      'JIS Q 27002 is likewise based on ISO/IEC 27002, and JIS Q 27017 is based on ISO/IEC 27017.',
    );
    const based = rels(f, 'BASED_ON');
    expect(based).toContain('standard:jis-q-27002 -> standard:iso-iec-27002');
    expect(based).toContain('standard:jis-q-27017 -> standard:iso-iec-27017');
    expect(based).not.toContain('standard:jis-q-27002 -> standard:jis-q-27017');
  });

  it('does not take the subject of the next clause for a base', () => {
    const f = overview(
      'en-US',
      'nist-sp-800-171',
      'NIST SP 800-171',
      'Because NIST SP 800-171 is derived from NIST SP 800-53, the FedRAMP High authorisations also cover the controls.',
    );
    const based = rels(f, 'BASED_ON');
    expect(based).toContain('standard:nist-sp-800-171 -> standard:nist-sp-800-53');
    expect(based.filter((r) => r.endsWith('fedramp-high'))).toEqual([]);
  });

  it('keeps a German list', () => {
    const f = overview(
      'de-DE',
      'ismap',
      'ISMAP',
      'Die Kontrollanforderungen von ISMAP beruhen auf JIS Q 27001, JIS Q 27002 und JIS Q 27017.',
    );
    expect(rels(f, 'BASED_ON').sort()).toEqual(
      ['jis-q-27001', 'jis-q-27002', 'jis-q-27017'].map((s) => `certification:ismap -> standard:${s}`),
    );
  });
});

describe('Japanese clauses decide what is based on what', () => {
  it('does not lend a clause with its own topic to the described certification', () => {
    const own = overview(
      'ja-JP',
      'nist-csf',
      'NIST サイバーセキュリティ フレームワーク',
      'Microsoft の整合性に関する第三者評価は、毎年実施される FedRAMP の評価をもとにしています。',
    );
    expect(rels(own, 'BASED_ON')).not.toContain('certification:nist-csf -> certification:fedramp');
    const zero = overview(
      'ja-JP',
      'nist-csf',
      'NIST サイバーセキュリティ フレームワーク',
      '毎年実施される FedRAMP の評価をもとにしています。',
    );
    expect(rels(zero, 'BASED_ON')).toContain('certification:nist-csf -> certification:fedramp');
  });

  it('reads "X に基づく <noun>" as a relative clause about that noun', () => {
    const f = overview(
      'ja-JP',
      'hipaa',
      'HIPAA',
      'アクセス制御の構成、セキュリティ規則に基づくリスク分析の実施など、自組織のコンプライアンスはお客様の責任です。',
    );
    expect(rels(f, 'BASED_ON')).toEqual([]);
  });

  it('reads "…としているため" as "because", not as a relative clause', () => {
    const f = overview(
      'ja-JP',
      'iso-27017',
      'ISO/IEC 27017',
      '日本の CS マークは ISO/IEC 27017 を基盤としているため、この規格に準拠している事業者は CS ゴールドマークを申請しやすくなります。',
    );
    const based = rels(f, 'BASED_ON');
    expect(based).toContain('certification:cs-mark -> standard:iso-iec-27017');
    expect(based).not.toContain('certification:cs-gold-mark -> standard:iso-iec-27017');
  });

  it('looks for the head noun of a relative clause in its own clause only', () => {
    const far = overview(
      'ja-JP',
      'soc-1',
      'SOC 1',
      'Microsoft は毎年、CPA 事務所に SSAE 18 に基づくクラウド サービスの検証を依頼し、SOC 1 Type 2 報告書を取得しています。',
    );
    expect(rels(far, 'BASED_ON')).toEqual([]);
    const near = overview(
      'ja-JP',
      'soc-1',
      'SOC 1',
      'Microsoft は SSAE 18 に基づく SOC 1 Type 2 報告書を取得しています。',
    );
    expect(rels(near, 'BASED_ON')).toContain('certification:soc-1 -> standard:ssae-18');
  });

  it('reads "T は、X に基づく…規格です" as T based on X, with the sentence as evidence', () => {
    const quote = 'JIS Q 27001 は、ISO/IEC 27001 に基づく日本の国家規格です。';
    const f = overview('ja-JP', 'ismap', 'ISMAP', quote);
    expect(relation(f, 'BASED_ON', 'standard:jis-q-27001', 'standard:iso-iec-27001')?.evidence[0]?.quote).toBe(quote);
  });

  it('takes "X の検証は" as the topic, not the name just before the base', () => {
    const f = overview(
      'ja-JP',
      'soc-1',
      'SOC 1',
      'SOC 1 の検証は、保証業務基準書第 18 号 (SSAE 18) のうち AT-C 320 のセクションに基づいて実施されます。',
    );
    const based = rels(f, 'BASED_ON');
    expect(based).toContain('certification:soc-1 -> standard:at-c-320');
    expect(based).not.toContain('standard:ssae-18 -> standard:at-c-320');
  });
});

describe('the base may come first', () => {
  const cases: Array<[string, string, string]> = [
    ['en-US', 'ISO/IEC 27001 is built upon by ISO/IEC 27701.', 'standard:iso-iec-27701 -> standard:iso-iec-27001'],
    ['en-US', 'ISO/IEC 27002 is the basis for ISO/IEC 27017.', 'standard:iso-iec-27017 -> standard:iso-iec-27002'],
    ['en-US', 'The Trust Services Criteria (TSC) underpin SOC 2.', 'certification:soc-2 -> standard:aicpa-tsc'],
    [
      'de-DE',
      'ISO/IEC 27002 bildet zudem die Grundlage für ISO/IEC 27017.',
      'standard:iso-iec-27017 -> standard:iso-iec-27002',
    ],
    ['fr-FR', 'ISO/IEC 27002 constitue la base de ISO/IEC 27017.', 'standard:iso-iec-27017 -> standard:iso-iec-27002'],
    [
      'ja-JP',
      'SOC 2 の土台となっているトラスト サービス規準 (TSC) は、5 つの原則からなります。',
      'certification:soc-2 -> standard:aicpa-tsc',
    ],
  ];
  for (const [locale, sentence, expected] of cases)
    it(`${locale}: ${sentence}`, () => {
      const based = rels(overview(locale, 'iso-27001', 'ISO/IEC 27001', sentence), 'BASED_ON');
      expect(based).toContain(expected);
      const [from, to] = expected.split(' -> ');
      expect(based).not.toContain(`${to} -> ${from}`);
    });

  it('keeps the derived side first in "Y builds on X"', () => {
    const based = rels(
      overview('en-US', 'iso-27001', 'ISO/IEC 27001', 'ISO/IEC 27701 builds on ISO/IEC 27001.'),
      'BASED_ON',
    );
    expect(based).toContain('standard:iso-iec-27701 -> standard:iso-iec-27001');
  });
});
