import { describe, expect, it } from 'vitest';
import { readOverview as read, rels } from '../helpers/extract.ts';

describe('an issuer named by a genitive or an apposition around a document noun', () => {
  it('reads "the X framework of the Y" and "X, the Y catalogue of …"', () => {
    const of = read(
      'en-us/offering-csa-star.md',
      'en-US',
      'CSA STAR',
      'STAR Attestation follows the SOC 2 reporting framework of the American Institute of Certified Public Accountants (AICPA).',
    );
    expect(rels(of, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-2');
    const apposition = read(
      'en-us/offering-fedramp.md',
      'en-US',
      'FedRAMP',
      'The baselines come from FIPS 199, the NIST framework for security categorization.',
    );
    expect(rels(apposition, 'PUBLISHES')).toContain('authority:nist -> standard:fips-199');
  });

  it('reads "AICPA の SOC 2 報告の枠組み"', () => {
    const ja = read(
      'ja-jp/offering-csa-star.md',
      'ja-JP',
      'CSA STAR',
      'STAR アテステーションは米国公認会計士協会 (AICPA) の SOC 2 (SOC 2) 報告の枠組みを使います。',
    );
    expect(rels(ja, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-2');
  });

  it('not a bare genitive without a document noun ("the CCM of the CSA")', () => {
    const f = read(
      'en-us/offering-c5.md',
      'en-US',
      'C5',
      'C5 also draws on the Cloud Controls Matrix (CCM) of the Cloud Security Alliance (CSA).',
    );
    expect(rels(f, 'PUBLISHES')).not.toContain('authority:csa -> standard:csa-ccm');
  });
});

describe('an agent named in apposition to a description', () => {
  it('after the cue: "maintained by the ISO technical committee on …, ISO/TC 292"', () => {
    const f = read(
      'en-us/offering-iso-22301.md',
      'en-US',
      'ISO 22301',
      'ISO 22301 is maintained by the ISO technical committee on security and resilience, ISO/TC 292.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:iso-tc-292 -> standard:iso-22301']);
  });

  it('before the cue: "ISO/TC 292, the technical committee …, maintains …"', () => {
    const f = read(
      'en-us/offering-iso-22301.md',
      'en-US',
      'ISO 22301',
      'ISO/TC 292, the technical committee for security and resilience, maintains ISO 22301.',
    );
    expect(rels(f, 'PUBLISHES')).toContain('authority:iso-tc-292 -> standard:iso-22301');
  });

  it('not when the agent is a plain name followed by other words', () => {
    const f = read(
      'en-us/offering-iso-22301.md',
      'en-US',
      'ISO 22301',
      'ISO 22301 is published by the ISO and was revised in 2019, replacing the first edition.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:iso -> standard:iso-22301']);
  });
});

describe('a scheme named by its family in the article about one member', () => {
  it('reads "The SOC framework …" and "SOC の枠組みは…" as the described scheme', () => {
    const en = read(
      'en-us/offering-soc-3.md',
      'en-US',
      'System and Organization Controls 3 (SOC 3)',
      'The SOC framework is maintained by the American Institute of Certified Public Accountants (AICPA).',
    );
    expect(rels(en, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-3');
    const ja = read(
      'ja-jp/offering-soc-1.md',
      'ja-JP',
      'SOC 1',
      'SOC 報告書の体系は、米国公認会計士協会 (AICPA) が定めています。',
    );
    expect(rels(ja, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-1');
  });

  it('not another scheme of a different family, nor a family name in the middle of a sentence', () => {
    const other = read(
      'en-us/offering-soc-3.md',
      'en-US',
      'System and Organization Controls 3 (SOC 3)',
      'The NIST framework is maintained by the National Institute of Standards and Technology (NIST).',
    );
    const inner = read(
      'en-us/offering-soc-3.md',
      'en-US',
      'System and Organization Controls 3 (SOC 3)',
      'Customers know that the SOC framework is maintained by the American Institute of Certified Public Accountants (AICPA).',
    );
    for (const f of [other, inner])
      expect(rels(f, 'PUBLISHES')).not.toContain('authority:aicpa -> certification:soc-3');
    expect(rels(other, 'PUBLISHES')).not.toContain('authority:nist -> certification:soc-3');
  });
});

describe('Japanese issuers', () => {
  it('reads a framework "X が管理しています" as maintained, and "この枠組みは X が策定した"', () => {
    const managed = read(
      'ja-jp/offering-soc-3.md',
      'ja-JP',
      'SOC 3',
      'この枠組みは、米国公認会計士協会 (AICPA) が管理しています。',
    );
    expect(rels(managed, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-3');
    expect(rels(managed, 'ACCREDITS')).toEqual([]);
    const drafted = read(
      'ja-jp/offering-soc-2.md',
      'ja-JP',
      'SOC 2',
      'この枠組みは米国公認会計士協会 (AICPA) が策定したものです。',
    );
    expect(rels(drafted, 'PUBLISHES')).toContain('authority:aicpa -> certification:soc-2');
  });

  it('not "X が定める…基準" (a relative clause about an unnamed standard)', () => {
    const f = read(
      'ja-jp/offering-c5.md',
      'ja-JP',
      'C5',
      'C5 の監査は、ドイツ経済監査士協会 (IDW) が定める同等の基準に従って実施されます。',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
  });

  it('gives every name coordinated with a topic the relation', () => {
    const f = read(
      'ja-jp/offering-csa-star.md',
      'ja-JP',
      'CSA STAR',
      'STAR 自己評価、STAR 認証、STAR アテステーションはいずれも CSA STAR プログラムの一部です。',
    );
    expect(rels(f, 'PART_OF').sort()).toEqual([
      'certification:csa-star-attestation -> certification:csa-star',
      'certification:csa-star-certification -> certification:csa-star',
      'certification:csa-star-self-assessment -> certification:csa-star',
    ]);
  });
});
