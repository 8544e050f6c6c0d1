import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

/** Facts of a one-paragraph article `body` at `path` (its slug decides the described certification). */
function read(path: string, locale: string, title: string, body: string) {
  return extract(path, article(locale, title, `# ${title}\n\n## <a name="overview"></a>Overview\n\n${body}\n`));
}

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

describe('a certification named after a standard on the derived side', () => {
  it('reads designations after "certifications such as" as the certifications issued against them', () => {
    const en = read(
      'en-us/offering-iso-27001.md',
      'en-US',
      'ISO/IEC 27001',
      'The ISO/IEC 27001 certification of Microsoft also underpins other certifications, such as ISO/IEC 27017 and ISO/IEC 27018.',
    );
    expect(rels(en, 'BASED_ON').filter((r) => r.endsWith('certification:iso-27001'))).toEqual([
      'certification:iso-27017 -> certification:iso-27001',
      'certification:iso-27018 -> certification:iso-27001',
    ]);
    const en2 = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'Certification bodies assess ISO/IEC 27018 as an extension to an ISO/IEC 27001 certification.',
    );
    expect(rels(en2, 'BASED_ON')).toContain('certification:iso-27018 -> certification:iso-27001');
  });

  it('keeps standard lineage between standards', () => {
    const f = read('en-us/offering-iso-27018.md', 'en-US', 'ISO/IEC 27018', 'ISO/IEC 27018 is based on ISO/IEC 27002.');
    expect(rels(f, 'BASED_ON').filter((r) => r.endsWith('standard:iso-iec-27002'))).toEqual([
      'standard:iso-iec-27018 -> standard:iso-iec-27002',
    ]);
  });
});

describe('the clause a patient before a cue stands in', () => {
  const ADOPTION: Array<[string, string, string]> = [
    [
      'en-us',
      'en-US',
      'JIS Q 27001 is the national adoption of ISO/IEC 27001, published by the Japanese Industrial Standards Committee (JISC).',
    ],
    [
      'fr-fr',
      'fr-FR',
      "JIS Q 27001 est l'adoption nationale d'ISO/IEC 27001, publiée par le Japanese Industrial Standards Committee (JISC).",
    ],
    [
      'de-de',
      'de-DE',
      'JIS Q 27001 ist die nationale Übernahme von ISO/IEC 27001; sie wird vom Japanese Industrial Standards Committee (JISC) veröffentlicht.',
    ],
  ];
  it.each(ADOPTION)(
    'gives a participle after "the adoption of B" or a pronoun after ";" to the subject (%s)',
    (dir, locale, body) => {
      const f = read(`${dir}/offering-iso-27001.md`, locale, 'ISO/IEC 27001', body);
      expect(rels(f, 'PUBLISHES')).toEqual(['authority:jisc -> standard:jis-q-27001']);
    },
  );

  it('reads no patient across a semicolon without a pronoun', () => {
    const f = read(
      'en-us/offering-iso-27001.md',
      'en-US',
      'ISO/IEC 27001',
      'Microsoft holds ISO/IEC 27017; certificates are issued by bodies accredited by ISMS-AC.',
    );
    expect(rels(f, 'ACCREDITS')).toEqual([]);
  });

  it('reads no name that only modifies an accessory noun as a patient', () => {
    const en = read(
      'en-us/offering-hipaa.md',
      'en-US',
      'HIPAA',
      'Among the HIPAA rules issued by HHS, three matter most. The CCN runs the ENS portal.',
    );
    expect(rels(en, 'PUBLISHES')).toEqual([]);
    expect(rels(en, 'ACCREDITS')).toEqual([]);
    const ja = read('ja-jp/offering-ens.md', 'ja-JP', 'ENS', 'ENS ポータルは CCN によって運営されています。');
    expect(rels(ja, 'ACCREDITS')).toEqual([]);
  });
});

describe('a body that issued something "as" a named document', () => {
  const ISSUED_AS: Array<[string, string, string]> = [
    [
      'en-us',
      'en-US',
      'The same text was also issued by the International Telecommunication Union (ITU) as Recommendation ITU-T X.1631.',
    ],
    [
      'fr-fr',
      'fr-FR',
      "Le même texte a été publié par l'Union internationale des télécommunications (UIT) sous la forme de la Recommandation UIT-T X.1631.",
    ],
    ['zh-cn', 'zh-CN', '相同的内容也由国际电信联盟 (ITU) 以 ITU-T X.1631 建议书的形式发布。'],
  ];
  it.each(ISSUED_AS)('takes the named document as the patient (%s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-iso-27017.md`, locale, 'ISO/IEC 27017', body);
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:itu -> standard:itu-t-x-1631']);
  });
});

describe('names that are not the agent or the referent', () => {
  it('gives no single referent to "Both …" / "どちらも…"', () => {
    const en = read(
      'en-us/offering-iso-27017.md',
      'en-US',
      'ISO/IEC 27017',
      'Both are based on ISO/IEC 27002 and both target cloud services.',
    );
    expect(rels(en, 'BASED_ON').filter((r) => r.endsWith('standard:iso-iec-27002'))).toEqual([]);
    const ja = read(
      'ja-jp/offering-iso-27017.md',
      'ja-JP',
      'ISO/IEC 27017',
      'どちらも ISO/IEC 27002 に基づき、クラウド サービスを対象としています。',
    );
    expect(rels(ja, 'BASED_ON').filter((r) => r.endsWith('standard:iso-iec-27002'))).toEqual([]);
  });

  it('Japanese: a name with its own relative verb, or only "the same as" the base, is no agent', () => {
    const own = read(
      'ja-jp/offering-mtcs.md',
      'ja-JP',
      'MTCS',
      'MTCS の認証書は、シンガポール認定評議会 (SAC) がこの制度について認定した認証機関が発行します。',
    );
    expect(rels(own, 'PUBLISHES')).toEqual([]);
    const same = read(
      'ja-jp/offering-soc-3.md',
      'ja-JP',
      'SOC 3',
      'SOC 3 報告書は SOC 2 Type 2 検証と同じ実地作業をもとに作成されます。',
    );
    expect(rels(same, 'BASED_ON').filter((r) => r.endsWith('certification:soc-2'))).toEqual([]);
  });

  it('German: "der B des A" is one agent, not two coordinated ones', () => {
    const de = read(
      'de-de/offering-soc-2.md',
      'de-DE',
      'SOC 2',
      'SSAE 18 wird vom Auditing Standards Board (ASB) des AICPA herausgegeben.',
    );
    expect(rels(de, 'PUBLISHES')).toEqual(['authority:asb -> standard:ssae-18']);
  });
});

describe('Japanese particles and adverbials around a cue', () => {
  it('reads a date between the agent and the verb, and "から" as the issuer', () => {
    const f = read(
      'ja-jp/offering-pci-dss.md',
      'ja-JP',
      'PCI DSS',
      'PCI SSC は、Visa と Mastercard が 2006 年に設立しました。PCI DSS バージョン 4.0 は 2022 年に PCI SSC から公開されました。',
    );
    expect(rels(f, 'ESTABLISHED_BY').sort()).toEqual([
      'authority:pci-ssc -> authority:mastercard',
      'authority:pci-ssc -> authority:visa',
    ]);
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:pci-ssc -> certification:pci-dss']);
  });

  it('reads "にも基づいて" and a topic that is a noun of the name ("SOC 2 業務は")', () => {
    const f = read(
      'ja-jp/offering-ismap.md',
      'ja-JP',
      'ISMAP',
      'ISMAP の管理基準は ISO/IEC 27017 にも基づいています。',
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:ismap -> standard:iso-iec-27017');
    const soc = read('ja-jp/offering-soc-2.md', 'ja-JP', 'SOC 2', 'SOC 2 業務は、AT-C 205 に従って実施されます。');
    expect(rels(soc, 'BASED_ON')).toEqual(['certification:soc-2 -> standard:at-c-205']);
  });
});

describe('coordinated agents named by an unknown full name and a known acronym', () => {
  it('links "A (X) und der B (Y)" over a long German passive', () => {
    const de = read(
      'de-de/offering-iso-27017.md',
      'de-DE',
      'ISO/IEC 27017',
      'ISO/IEC 27017 wird gemeinsam von der Internationalen Organisation für Normung (ISO) und der Internationalen Elektrotechnischen Kommission (IEC) veröffentlicht.',
    );
    expect(rels(de, 'PUBLISHES').sort()).toEqual([
      'authority:iec -> standard:iso-iec-27017',
      'authority:iso -> standard:iso-iec-27017',
    ]);
  });

  it('does so in English', () => {
    const en = read(
      'en-us/offering-iso-27017.md',
      'en-US',
      'ISO/IEC 27017',
      'ISO/IEC 27017 is published by the Global Standards Body (ISO) and the Electro Standards Board (IEC).',
    );
    expect(rels(en, 'PUBLISHES').sort()).toEqual([
      'authority:iec -> standard:iso-iec-27017',
      'authority:iso -> standard:iso-iec-27017',
    ]);
  });
});

describe('establishing with the backing of a body, and relying on a source', () => {
  const BACKING: Array<[string, string, string]> = [
    [
      'de-de',
      'de-DE',
      'Die JASA wurde mit Unterstützung des Ministeriums für Innere Angelegenheiten und Kommunikation (MIC) und des Ministeriums für Wirtschaft, Handel und Industrie (METI) gegründet.',
    ],
    ['zh-cn', 'zh-CN', 'JASA 是在总务省 (MIC) 和经济产业省 (METI) 的支持下设立的。'],
  ];
  it.each(BACKING)('reads the bodies that backed an establishment (%s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-cs-gold-mark.md`, locale, 'CS Gold Mark', body);
    expect(rels(f, 'ESTABLISHED_BY').sort()).toEqual([
      'authority:jasa -> authority:meti',
      'authority:jasa -> authority:mic',
    ]);
  });

  it('French: "créée avec le soutien du …"', () => {
    const f = read(
      'fr-fr/offering-cs-gold-mark.md',
      'fr-FR',
      'CS Gold Mark',
      'La JASA a été créée avec le soutien du ministère des Affaires intérieures et des Communications (MIC).',
    );
    expect(rels(f, 'ESTABLISHED_BY')).toEqual(['authority:jasa -> authority:mic']);
  });

  const RELIES: Array<[string, string, string]> = [
    [
      'de-de',
      'de-DE',
      'Außerdem greift der C5 auf die Cloud Controls Matrix (CCM) der Cloud Security Alliance (CSA) zurück.',
    ],
    ['de-de', 'de-DE', 'Der C5 stützt sich auf die Cloud Controls Matrix (CCM).'],
    ['de-de', 'de-DE', 'Der C5 beruht ebenso auf der Cloud Controls Matrix (CCM).'],
    [
      'fr-fr',
      'fr-FR',
      "Le C5 s'appuie également sur la Cloud Controls Matrix (CCM) de la Cloud Security Alliance (CSA).",
    ],
    ['zh-cn', 'zh-CN', 'C5 还参考了云安全联盟 (CSA) 的云控制矩阵 (CCM)。'],
    ['ja-jp', 'ja-JP', 'また、C5 はクラウド コントロール マトリックス (CCM) も参照しています。'],
  ];
  it.each(RELIES)('reads a scheme drawing on a source (%s: %s)', (dir, locale, body) => {
    const f = read(`${dir}/offering-c5.md`, locale, 'C5', body);
    expect(rels(f, 'BASED_ON')).toEqual(['certification:c5 -> standard:csa-ccm']);
  });

  it('Japanese: pointing the reader to a page is no basis', () => {
    const f = read(
      'ja-jp/offering-soc-2.md',
      'ja-JP',
      'SOC 2',
      '共有できる報告書については、SOC 3 を参照してください。',
    );
    expect(rels(f, 'BASED_ON')).toEqual([]);
  });
});
