import { describe, expect, it } from 'vitest';
import { article, extract, readOverview as read, rels } from '../helpers/extract.ts';

const FEDRAMP = 'Federal Risk and Authorization Management Program (FedRAMP)';

describe('tiers named by a tier word', () => {
  it('reads a tier name in a sentence when the scheme is the described one or named beside it', () => {
    const f = read('en-us/offering-fedramp.md', 'en-US', FEDRAMP, 'Azure holds a FedRAMP High authorization.');
    expect(rels(f, 'PART_OF')).toEqual(['certification:fedramp-high -> certification:fedramp']);
    const other = read(
      'en-us/offering-nist-sp-800-171.md',
      'en-US',
      'NIST SP 800-171',
      'The CMMC program builds on NIST SP 800-171, and CMMC Level 2 matches its requirements. Azure also holds FedRAMP High authorizations.',
    );
    expect(rels(other, 'PART_OF')).toEqual(['certification:cmmc-level-2 -> certification:cmmc']);
  });

  it('reads bare tier labels against the described scheme, capitalised words only in a sentence about tiers', () => {
    const f = read(
      'en-us/offering-fedramp.md',
      'en-US',
      FEDRAMP,
      'Services are categorized at one of three impact levels, Low, Moderate or High. Moderate risks need high assurance.',
    );
    expect(rels(f, 'PART_OF').sort()).toEqual([
      'certification:fedramp-high -> certification:fedramp',
      'certification:fedramp-moderate -> certification:fedramp',
    ]);
    const mtcs = extract(
      'en-us/offering-mtcs.md',
      article(
        'en-US',
        'Multi-Tier Cloud Security (MTCS)',
        '# Multi-Tier Cloud Security (MTCS)\n\n## <a name="levels"></a>Levels\n\n- Level 1 is the base tier.\n- Level 2 adds controls for business-critical data.\n',
      ),
    );
    expect(rels(mtcs, 'PART_OF').sort()).toEqual([
      'certification:mtcs-level-1 -> certification:mtcs',
      'certification:mtcs-level-2 -> certification:mtcs',
    ]);
  });

  it('does so in Japanese', () => {
    const ja = extract(
      'ja-jp/offering-mtcs.md',
      article(
        'ja-JP',
        'マルチティア クラウド セキュリティ (MTCS)',
        '# マルチティア クラウド セキュリティ (MTCS)\n\n## <a name="levels"></a>レベル\n\n- レベル 1 は基本のティアです。\n',
      ),
    );
    expect(rels(ja, 'PART_OF')).toEqual(['certification:mtcs-level-1 -> certification:mtcs']);
  });
});

describe('coordinated names on both sides of a cue', () => {
  it('links every coordinated patient before a cue', () => {
    const f = read(
      'en-us/offering-csa-star.md',
      'en-US',
      'Cloud Security Alliance STAR (CSA STAR)',
      'STAR Self-Assessment, STAR Certification and STAR Attestation are all part of the CSA STAR program.',
    );
    expect(rels(f, 'PART_OF').sort()).toEqual([
      'certification:csa-star-attestation -> certification:csa-star',
      'certification:csa-star-certification -> certification:csa-star',
      'certification:csa-star-self-assessment -> certification:csa-star',
    ]);
    const de = read(
      'de-de/offering-iso-27017.md',
      'de-DE',
      'ISO/IEC 27017',
      'ISO/IEC 27017 und ISO/IEC 27018 werden von der ISO veröffentlicht.',
    );
    expect(rels(de, 'PUBLISHES').sort()).toEqual([
      'authority:iso -> standard:iso-iec-27017',
      'authority:iso -> standard:iso-iec-27018',
    ]);
  });

  it('reads "together with", a repeated "by" and a named section as parts of one run', () => {
    const f = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'The standard ISO/IEC 27018 is issued by the International Organization for Standardization (ISO) together with the International Electrotechnical Commission (IEC).',
    );
    expect(rels(f, 'PUBLISHES').sort()).toEqual([
      'authority:iec -> standard:iso-iec-27018',
      'authority:iso -> standard:iso-iec-27018',
    ]);
    const soc = read(
      'en-us/offering-soc-1.md',
      'en-US',
      'SOC 1',
      'A SOC 1 examination is performed under Statement on Standards for Attestation Engagements No. 18 (SSAE 18), specifically the section AT-C 320.',
    );
    expect(rels(soc, 'BASED_ON').sort()).toEqual([
      'certification:soc-1 -> standard:at-c-320',
      'certification:soc-1 -> standard:ssae-18',
    ]);
  });

  it('takes the head of "the B of the A", and of "A 下属的 B"', () => {
    const en = read(
      'en-us/offering-soc-2.md',
      'en-US',
      'SOC 2',
      'The Auditing Standards Board (ASB) of the AICPA is the body that issues SSAE 18.',
    );
    expect(rels(en, 'PUBLISHES')).toEqual(['authority:asb -> standard:ssae-18']);
    const zh = read('zh-cn/offering-soc-2.md', 'zh-CN', 'SOC 2', 'SSAE 18 由 AICPA 下属的审计准则委员会 (ASB) 发布。');
    expect(rels(zh, 'PUBLISHES')).toEqual(['authority:asb -> standard:ssae-18']);
  });
});

describe('relative clauses and voice', () => {
  it('gives the agent of a relative clause to its own verb', () => {
    const f = read(
      'en-us/offering-ens.md',
      'en-US',
      'ENS',
      'ENS certificates are issued by certification bodies that are accredited by the National Accreditation Entity (ENAC).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:enac -> certification:ens']);
  });

  it('gives the agent of a reduced relative clause to its own verb', () => {
    const f = read(
      'en-us/offering-ens.md',
      'en-US',
      'ENS',
      'ENS certificates are issued by certification bodies accredited by the National Accreditation Entity (ENAC).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:enac -> certification:ens']);
  });

  it('does not take a name inside a relative clause as the patient of the main verb', () => {
    const f = read(
      'en-us/offering-ens.md',
      'en-US',
      'ENS',
      'The guides that explain how to implement the ENS are published by the National Cryptologic Centre (CCN).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
    const antecedent = read(
      'en-us/offering-ens.md',
      'en-US',
      'ENS',
      'The CS Mark, which builds on ISO/IEC 27017, is operated by JASA.',
    );
    expect(rels(antecedent, 'ACCREDITS')).toEqual(['authority:jasa -> certification:cs-mark']);
  });

  it('reads no agent before an object relative clause, nor an active cue in the passive', () => {
    const f = read(
      'en-us/offering-gdpr.md',
      'en-US',
      'GDPR',
      'The European Data Protection Board (EDPB) was established by the GDPR. The PPC was created from the Specific Personal Information Protection Commission, which the My Number Act had set up.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
    expect(rels(f, 'ESTABLISHED_BY')).toEqual([]);
  });
});

describe('issuer, operator and procedure cues', () => {
  const ADOPTED: Array<[string, string, string]> = [
    [
      'en-us',
      'en-US',
      'The GDPR was adopted by the European Parliament and the Council of the European Union in 2016.',
    ],
    [
      'fr-fr',
      'fr-FR',
      "Le RGPD a été adopté en avril 2016 par le Parlement européen et le Conseil de l'Union européenne.",
    ],
    ['ja-jp', 'ja-JP', 'GDPR は 2016 年 4 月に欧州議会と欧州連合理事会によって採択されました。'],
    ['zh-cn', 'zh-CN', 'GDPR 由欧洲议会和欧盟理事会于 2016 年 4 月通过。'],
  ];
  it.each(ADOPTED)('reads the bodies that adopted a regulation (%s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-gdpr.md`, locale, 'GDPR', body);
    expect(rels(f, 'PUBLISHES').sort()).toEqual([
      'authority:council-of-the-eu -> certification:gdpr',
      'authority:european-parliament -> certification:gdpr',
    ]);
  });

  const OPERATOR: Array<[string, string, string]> = [
    [
      'en-us',
      'en-US',
      'The day-to-day operation of ISMAP is handled by the Information-technology Promotion Agency, Japan (IPA).',
    ],
    ['en-us', 'en-US', 'The IPA acts as the operational body of ISMAP.'],
    ['de-de', 'de-DE', 'Die IPA ist als operative Stelle für den laufenden Betrieb von ISMAP zuständig.'],
    ['fr-fr', 'fr-FR', "L'IPA est l'organisme opérationnel d'ISMAP."],
    ['ja-jp', 'ja-JP', 'ISMAP の実務は、運用支援機関である情報処理推進機構 (IPA) が担っています。'],
    ['zh-cn', 'zh-CN', 'IPA 作为 ISMAP 的运营支援机构，负责受理申请。'],
  ];
  it.each(OPERATOR)('reads the operating body of a scheme (%s: %s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-ismap.md`, locale, 'ISMAP', body);
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:ipa -> certification:ismap']);
  });

  const PROCEDURE: Array<[string, string, string]> = [
    ['en-us', 'en-US', 'The C5 audit is carried out in accordance with ISAE 3000.'],
    ['fr-fr', 'fr-FR', "L'audit C5 est réalisé selon l'ISAE 3000."],
    ['ja-jp', 'ja-JP', 'C5 の監査は、ISAE 3000 に従って実施されます。'],
    ['zh-cn', 'zh-CN', 'C5 审计依据 ISAE 3000 执行。'],
  ];
  it.each(PROCEDURE)('reads the standard a scheme is carried out under (%s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-c5.md`, locale, 'C5', body);
    expect(rels(f, 'BASED_ON')).toEqual(['certification:c5 -> standard:isae-3000']);
  });

  it('reads no procedure basis without a process noun before the Chinese cue', () => {
    const zh = read('zh-cn/offering-c5.md', 'zh-CN', 'C5', '认证机构每年依据 ISAE 3000 对 Microsoft 进行审核。');
    expect(rels(zh, 'BASED_ON')).toEqual([]);
  });

  it('reads "developed under", "endorsed by" and "delivered through"', () => {
    const en = read(
      'en-us/offering-mtcs.md',
      'en-US',
      'MTCS',
      'SS 584 was developed under the Singapore Standards Council (SSC).',
    );
    expect(rels(en, 'PUBLISHES')).toEqual(['authority:ssc -> standard:ss-584']);
    const ja = read(
      'ja-jp/offering-mtcs.md',
      'ja-JP',
      'MTCS',
      'SS 584 は、シンガポール規格評議会 (SSC) のもとで策定されました。',
    );
    expect(rels(ja, 'PUBLISHES')).toEqual(['authority:ssc -> standard:ss-584']);
    const irap = read(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'IRAP assessors are professionals who are endorsed by ASD. IRAP is delivered through the Australian Cyber Security Centre (ACSC).',
    );
    expect(rels(irap, 'ACCREDITS').sort()).toEqual([
      'authority:acsc -> certification:irap',
      'authority:asd -> certification:irap',
    ]);
  });
});

describe('active clauses and object relative clauses', () => {
  const CREATED: Array<[string, string, string]> = [
    [
      'en-us',
      'en-US',
      'The CS Mark rests on the Cloud Information Security Audit System, the audit framework that JASA developed.',
    ],
    ['de-de', 'de-DE', 'Als Prüfrahmen hat die JASA das Cloud Information Security Audit System geschaffen.'],
    ['fr-fr', 'fr-FR', "La JASA a mis en place le Cloud Information Security Audit System comme cadre d'audit."],
    ['zh-cn', 'zh-CN', 'JASA 制定了 Cloud Information Security Audit System，作为审计框架。'],
  ];
  it.each(CREATED)('reads the body that created a framework (%s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-cs-gold-mark.md`, locale, 'CS Gold Mark', body);
    expect(rels(f, 'PUBLISHES')).toContain('authority:jasa -> standard:cloud-information-security-audit-system');
  });

  it('reads no active clause-final participle in a German passive clause', () => {
    const de = read(
      'de-de/offering-cs-gold-mark.md',
      'de-DE',
      'CS Gold Mark',
      'Die JASA wurde mit Unterstützung des Ministeriums für Innere Angelegenheiten und Kommunikation (MIC) und des Ministeriums für Wirtschaft, Handel und Industrie (METI) gegründet.',
    );
    expect(rels(de, 'ESTABLISHED_BY')).not.toContain('authority:mic -> authority:meti');
  });

  it('reads "X extended Y" as X based on Y, not "extended with" nor "extended by doing"', () => {
    const en = read(
      'en-us/offering-hipaa.md',
      'en-US',
      'HIPAA',
      'The HITECH Act extended HIPAA by making business associates liable. STAR Attestation is based on a SOC 2 examination extended with the CCM.',
    );
    expect(rels(en, 'BASED_ON')).toContain('certification:hitech-act -> certification:hipaa');
    expect(rels(en, 'BASED_ON')).not.toContain('certification:soc-2 -> standard:csa-ccm');
    const zh = read('zh-cn/offering-hipaa.md', 'zh-CN', 'HIPAA', 'HITECH Act 扩展了 HIPAA。');
    expect(rels(zh, 'BASED_ON')).toEqual(['certification:hitech-act -> certification:hipaa']);
  });
});
