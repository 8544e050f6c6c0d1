/**
 * Precision of relation arguments: each case is one sentence (or a short overview) whose cue must take
 * its agent and patient from its own clause and from names that are really its arguments. Look-alike
 * sentences name a candidate in another clause (a relative clause, an apposition, a longer name) and
 * must give none of it.
 */
import { describe, expect, it } from 'vitest';
import { readOverview, rels } from '../helpers/extract.ts';
import { type Case, describeRelationCases } from '../helpers/relation-cases.ts';

const CCM = 'standard:csa-ccm';

describeRelationCases([
  [
    'English',
    'en-US',
    [
      // An object relative clause describes its antecedent, never a name after the clause.
      [
        'zcas',
        'Teams that know the Cloud Controls Matrix (CCM), which the Cloud Security Alliance (CSA) maintains, will find ISO/IEC 27017 easy to read.',
        'PUBLISHES',
        [`authority:csa -> ${CCM}`],
      ],
      [
        'zcas',
        'Auditors who use ISO/IEC 27002, which ISO publishes, also read ISO/IEC 27017.',
        'PUBLISHES',
        ['authority:iso -> standard:iso-iec-27002'],
      ],
      // "The manual" refers back to the described offering as "The standard" does; "A manual" does not.
      [
        'zcas',
        'The manual is published by the Cloud Security Alliance (CSA).',
        'PUBLISHES',
        ['authority:csa -> certification:zcas'],
      ],
      ['zcas', 'A manual is published by the Cloud Security Alliance (CSA).', 'PUBLISHES', []],
      // A subject under "neither … nor" is denied.
      [
        'zcas',
        'ZCAS does not certify vendors, and neither the Cloud Security Alliance (CSA) nor any other body issues a ZCAS seal.',
        'PUBLISHES',
        [],
      ],
      [
        'zcas',
        'The Cloud Security Alliance (CSA) issues the Cloud Controls Matrix (CCM).',
        'PUBLISHES',
        [`authority:csa -> ${CCM}`],
      ],
      // A participle after an indefinite noun phrase describes that phrase, not an earlier name…
      [
        'zcas',
        'ISO/IEC 27017 applies to every cloud provider that takes part in a program administered by the Cloud Security Alliance (CSA).',
        'ACCREDITS',
        [],
      ],
      // …unless the phrase is the name's predicate or an apposition to it.
      [
        'zcas',
        'CSA STAR is a program administered by the Cloud Security Alliance (CSA).',
        'ACCREDITS',
        ['authority:csa -> certification:csa-star'],
      ],
      [
        'zcas',
        'ISO/IEC 27017 is a standard published by ISO.',
        'PUBLISHES',
        ['authority:iso -> standard:iso-iec-27017'],
      ],
      // A cue in a fronted subordinate clause takes no patient past the comma that ends the clause.
      [
        'zcas',
        'When the Cloud Security Alliance (CSA) maintains its guidance, ISO/IEC 27017 stays relevant.',
        'PUBLISHES',
        [],
      ],
      [
        'zcas',
        'When the Cloud Security Alliance (CSA) published the Cloud Controls Matrix (CCM), ISO/IEC 27017 was still a draft.',
        'PUBLISHES',
        [`authority:csa -> ${CCM}`],
      ],
      // A name after an agent preposition is the agent of a participle, not the verb's subject.
      [
        'zcas',
        'A firm licensed by the Cloud Security Alliance (CSA) maintains the Cloud Controls Matrix (CCM) mapping for its clients.',
        'PUBLISHES',
        [],
      ],
      // "A, the version of B, which X publishes": the clause describes A.
      [
        'zcas',
        'Many banks apply JIS Q 27002, the Japanese version of ISO/IEC 27002, which the Japanese Industrial Standards Committee (JISC) publishes.',
        'PUBLISHES',
        ['authority:jisc -> standard:jis-q-27002'],
      ],
    ] as Case[],
  ],
  [
    'Spanish',
    'es-ES',
    [
      [
        'zcas',
        'Muchas entidades aplican la JIS Q 27001, la versión japonesa de la norma ISO/IEC 27001, que el JISC publica.',
        'PUBLISHES',
        ['authority:jisc -> standard:jis-q-27001'],
      ],
      [
        'zcas',
        'La ISO/IEC 27017 se aplica a todo proveedor que participa en un programa gestionado por la Cloud Security Alliance (CSA).',
        'ACCREDITS',
        [],
      ],
      [
        'zcas',
        'CSA STAR, un programa gestionado por la Cloud Security Alliance (CSA), evalúa a los proveedores de nube.',
        'ACCREDITS',
        ['authority:csa -> certification:csa-star'],
      ],
    ] as Case[],
  ],
  [
    'Dutch',
    'nl-NL',
    [
      ['zcas', 'Nadat ISO in 2013 nieuwe edities had uitgebracht, heeft de NEN ook NEN 7581 herzien.', 'PUBLISHES', []],
      // An object relative clause in the present, with two long bracketed names as its subject.
      [
        'zcas',
        'ZCAS is gebaseerd op ISO/IEC 27017 en ISO/IEC 27018, die de Internationale Organisatie voor Standaardisatie (ISO) en de Internationale Elektrotechnische Commissie (IEC) samen publiceren.',
        'PUBLISHES',
        [
          'authority:iec -> standard:iso-iec-27017',
          'authority:iec -> standard:iso-iec-27018',
          'authority:iso -> standard:iso-iec-27017',
          'authority:iso -> standard:iso-iec-27018',
        ],
      ],
      ['zcas', 'ZCAS is gebaseerd op ISO/IEC 27017, die de ISO niet meer publiceert.', 'PUBLISHES', []],
      [
        'zcas',
        'Een door de Cloud Security Alliance (CSA) erkende auditor heeft ISO/IEC 27017 in 2020 opgesteld.',
        'PUBLISHES',
        [],
      ],
    ] as Case[],
  ],
  [
    'Italian',
    'it-IT',
    [
      // A participle after an unknown bracketed acronym describes that unknown name, not the offering.
      [
        'zcas',
        "Dal 2026 si applica il regolamento (UE) 2099/1 sulla sicurezza dei servizi cloud (ZCSR), adottato dal Parlamento europeo e dal Consiglio dell'Unione europea.",
        'PUBLISHES',
        [],
      ],
      [
        'zcas',
        "Dal 2018 si applica il regolamento generale sulla protezione dei dati (GDPR), adottato dal Parlamento europeo e dal Consiglio dell'Unione europea.",
        'PUBLISHES',
        ['authority:council-of-the-eu -> certification:gdpr', 'authority:european-parliament -> certification:gdpr'],
      ],
    ] as Case[],
  ],
  [
    'Chinese',
    'zh-CN',
    [
      // "该联盟" refers to a body: it never stands for the described scheme…
      [
        'zcas',
        'ZCAS 是一项云安全认证。该联盟于 2009 年由云安全联盟（CSA）的创始成员发起成立，相关标准的起草由成员完成。',
        'PUBLISHES',
        [],
      ],
      // …as "该认证" does.
      [
        'zcas',
        'ZCAS 是一项云安全认证。该认证由云安全联盟（CSA）负责运营。',
        'ACCREDITS',
        ['authority:csa -> certification:zcas'],
      ],
    ] as Case[],
  ],
  [
    'Korean',
    'ko-KR',
    [
      // A name with an adverbial particle ("JIS Q 27002로") or an object of another clause is no patient…
      [
        'zcas',
        'ZCAS는 클라우드 인증입니다. 두 문서는 ISO/IEC 27002를 JIS Q 27002로 옮긴 것으로, 한국인터넷진흥원(KISA)이 제정했습니다.',
        'PUBLISHES',
        [],
      ],
      // …a topic-marked name before the comma is.
      [
        'zcas',
        'ISO/IEC 27017은 클라우드 보안 표준으로, 한국인터넷진흥원(KISA)이 제정했습니다.',
        'PUBLISHES',
        ['authority:kisa -> standard:iso-iec-27017'],
      ],
    ] as Case[],
  ],
  [
    'Swedish',
    'sv-SE',
    [
      // A body named by a compound whose letters spell its acronym; a year between a verb and its particle.
      [
        'zcas',
        'Nordiska molnmyndigheten (NMM) gav 2021 ut riktlinjer om molntjänster (ESMA/2021/50).',
        'PUBLISHES',
        ['authority:nmm -> certification:esma-2021-50'],
      ],
      ['zcas', 'Nordiska molnmyndigheten (NMM) gav 2021 bara ut en rapport om ESMA/2021/50.', 'PUBLISHES', []],
    ] as Case[],
  ],
  [
    'German',
    'de-DE',
    [
      // "die" before a subject is an article, not a relative pronoun.
      [
        'zcas',
        'ISO/IEC 27002 ist ein Leitfaden für Sicherheitskontrollen. Die ISO veröffentlichte sie 2013 in zweiter Auflage.',
        'PUBLISHES',
        ['authority:iso -> standard:iso-iec-27002'],
      ],
    ] as Case[],
  ],
]);

describe('a standard named by words is not carried by a longer name it is part of', () => {
  it('gives the offering "Ruritania Information Security Manual" no basis in the "Information Security Manual"', () => {
    const f = readOverview(
      'en-us/offering-rism.md',
      'en-US',
      'Ruritania Information Security Manual (RISM)',
      'The Ruritania Information Security Manual (RISM) is the government manual on information assurance. The Ruritania Cyber Agency (RCA) maintains the RISM.',
    );
    expect(rels(f, 'BASED_ON')).toEqual([]);
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:rca -> certification:rism']);
  });

  it('still reads a designation inside a name as the standard the offering is based on', () => {
    const f = readOverview(
      'en-us/offering-zork-27017.md',
      'en-US',
      'Zork ISO/IEC 27017 Attestation',
      'The Zork ISO/IEC 27017 Attestation covers cloud controls.',
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:zork-27017 -> standard:iso-iec-27017');
  });
});

describe('an offering named by a standard designation alone has that standard as the derived side of its lineage', () => {
  it('reads "NEN 7581 is gebaseerd op ISO/IEC 27002" in the NEN 7581 article as the standard’s basis', () => {
    const f = readOverview(
      'nl-nl/offering-nen-7581.md',
      'nl-NL',
      'NEN 7581 (Nederland)',
      'NEN 7581 is gebaseerd op ISO/IEC 27002.',
    );
    expect(rels(f, 'BASED_ON')).toContain('standard:nen-7581 -> standard:iso-iec-27002');
    expect(rels(f, 'BASED_ON')).not.toContain('certification:nen-7581 -> standard:iso-iec-27002');
  });

  it('keeps the basis on an offering whose name says more than the designation', () => {
    const f = readOverview(
      'en-us/offering-ss-999-mark.md',
      'en-US',
      'SS 999 Cloud Mark',
      'The SS 999 Cloud Mark is based on ISO/IEC 27001.',
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:ss-999-mark -> standard:iso-iec-27001');
  });
});

describe("a U.S. regulation's part is known by the part alone in its own article", () => {
  it('reads "Part 164" in the 45 CFR Part 164 article as the offering, and no other part', () => {
    const f = readOverview(
      'en-us/offering-45-cfr-part-164.md',
      'en-US',
      'HHS Title 45 CFR Part 164 (security and privacy)',
      'The U.S. Department of Health and Human Services (HHS) issued Part 164 in 2003. ISO published Part 2 of the guide later.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:hhs -> certification:45-cfr-part-164']);
  });
});
