import { describe, expect, it } from 'vitest';
import { readOverview as read, rels } from '../helpers/extract.ts';

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
