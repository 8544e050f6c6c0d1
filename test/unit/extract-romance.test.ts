/**
 * Relation extraction in Spanish, Italian and Portuguese: each case is one sentence (or two, for
 * references) of that language with the relations it states, and the negative cases (negation,
 * questions, "under the law", the wrong direction) with none. The wrong-direction check of a base
 * cue also reads one Korean sentence; the other Korean cases are in extract-ko-zh-hant.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  type Case,
  describeRelationCases,
  readRelations as read,
  S27002,
  S27017,
  S27018,
} from '../helpers/relation-cases.ts';

const SPANISH: Case[] = [
  ['c5', 'ISO/IEC 27017 se basa en ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'La norma ISO/IEC 27018 está basada también en la ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'La ISO/IEC 27002 sirve de base para ISO/IEC 27017 y ISO/IEC 27018.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  ['c5', 'ISO/IEC 27002 constituye la base del ISO/IEC 27017.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'La auditoría C5 es realizada conforme a ISAE 3000.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'La ISO/IEC 27017 fue publicada por la Organización Internacional de Normalización (ISO) y la Comisión Electrotécnica Internacional (IEC).',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  ['c5', 'La ISO publicó ISO/IEC 27017 en 2015.', 'PUBLISHES', [`authority:iso -> ${S27017}`]],
  ['c5', 'SSAE 18 es publicada por el ASB del AICPA.', 'PUBLISHES', ['authority:asb -> standard:ssae-18']],
  [
    'ens',
    'Las guías las publica el CCN. El CCN las publica como la serie CCN-STIC.',
    'PUBLISHES',
    ['authority:ccn -> standard:ccn-stic'],
  ],
  [
    'ens',
    'El ENS está gestionado por el Centro Criptológico Nacional (CCN).',
    'ACCREDITS',
    ['authority:ccn -> certification:ens'],
  ],
  [
    'ens',
    'Los certificados del ENS son emitidos por entidades de certificación acreditadas por la Entidad Nacional de Acreditación (ENAC).',
    'ACCREDITS',
    ['authority:enac -> certification:ens'],
  ],
  [
    'k-isms',
    'El ISMS-P es supervisado por el MSIT y la PIPC.',
    'REGULATES',
    ['authority:msit -> certification:isms-p', 'authority:pipc -> certification:isms-p'],
  ],
  [
    'pci-dss',
    'La PCI SSC fue fundada en 2006 por cinco marcas de pago: American Express, Discover, JCB, Mastercard y Visa.',
    'ESTABLISHED_BY',
    ['american-express', 'discover', 'jcb', 'mastercard', 'visa'].map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  [
    'c5',
    'La CS Gold Mark forma parte de la CS Mark.',
    'PART_OF',
    ['certification:cs-gold-mark -> certification:cs-mark'],
  ],
  // References: "esta norma", "dicho esquema", a clitic with its subject after the verb.
  [
    'c5',
    'ISO/IEC 27018 amplía la ISO/IEC 27002. Esta norma fue publicada por la ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'pci-dss',
    'El ENS protege los sistemas públicos. Dicho esquema está gestionado por el CCN.',
    'ACCREDITS',
    ['authority:ccn -> certification:ens'],
  ],
  [
    'c5',
    'La norma ISO/IEC 27017 ofrece controles para la nube. La publica la ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27017}`],
  ],
  // Negation, a question, "under the law", a name that only qualifies an accessory noun, the wrong direction.
  ['c5', 'ISO/IEC 27017 no se basa en ISO/IEC 27001.', 'BASED_ON', []],
  ['ens', 'El ENS no está gestionado por la ENAC.', 'ACCREDITS', []],
  ['ens', '¿Está el ENS gestionado por el CCN?', 'ACCREDITS', []],
  ['c5', 'La certificación se concede con base en leyes como el RGPD.', 'BASED_ON', []],
  ['pci-dss', 'Los clientes pueden consultar el portal del ENS publicado por el CCN.', 'PUBLISHES', []],
  ['ens', 'El CCN, que depende del Centro Nacional de Inteligencia (CNI), gestiona el ENS.', 'ACCREDITS', []],
  [
    'soc-2',
    'El informe SOC 2 se elabora de acuerdo con AT-C 205.',
    'BASED_ON',
    ['certification:soc-2 -> standard:at-c-205'],
  ],
  ['ens', 'La gestión del ENS está a cargo del CCN.', 'ACCREDITS', ['authority:ccn -> certification:ens']],
  ['c5', 'Fue publicado por el BSI en 2016.', 'PUBLISHES', ['authority:bsi -> certification:c5']],
  ['c5', 'Microsoft ha sido auditada y evaluada por el BSI.', 'AUDITS', []],
];

const ITALIAN: Case[] = [
  ['c5', 'ISO/IEC 27017 si basa su ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'La norma ISO/IEC 27018 è basata sulla ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27002 costituisce la base per ISO/IEC 27017 ed ISO/IEC 27018.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  ['c5', 'ISO/IEC 27002 funge da base per la ISO/IEC 27017.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  [
    'gdpr',
    'La norma ISO/IEC 27701, pubblicata dall’ISO e dall’IEC, estende ISO/IEC 27001 e ISO/IEC 27002.',
    'PUBLISHES',
    ['authority:iec -> standard:iso-iec-27701', 'authority:iso -> standard:iso-iec-27701'],
  ],
  [
    'gdpr',
    'Il GDPR è stato adottato dal Parlamento europeo e dal Consiglio dell’Unione europea nel 2016.',
    'PUBLISHES',
    ['authority:council-of-the-eu -> certification:gdpr', 'authority:european-parliament -> certification:gdpr'],
  ],
  ['c5', 'L’ISO ha pubblicato la ISO/IEC 27018 nel 2014.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'Il SSAE 18 è pubblicato dall’ASB dell’AICPA.', 'PUBLISHES', ['authority:asb -> standard:ssae-18']],
  ['pci-dss', 'Il PCI DSS è gestito dal PCI SSC.', 'ACCREDITS', ['authority:pci-ssc -> certification:pci-dss']],
  ['c5', 'Il K-ISMS è accreditato dalla KISA.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  [
    'pci-dss',
    'Il PCI SSC è stato fondato nel 2006 da American Express, Discover, JCB, Mastercard e Visa.',
    'ESTABLISHED_BY',
    ['american-express', 'discover', 'jcb', 'mastercard', 'visa'].map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  [
    'c5',
    'La CS Silver Mark fa parte della CS Mark.',
    'PART_OF',
    ['certification:cs-silver-mark -> certification:cs-mark'],
  ],
  [
    'c5',
    'ISO/IEC 27018 estende la ISO/IEC 27002. Questa norma è pubblicata dall’ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  ['c5', 'ISO/IEC 27017 non è basata su ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'Il PCI DSS non è gestito dalla KISA.', 'ACCREDITS', []],
  ['pci-dss', 'Il PCI DSS è gestito dal PCI SSC?', 'ACCREDITS', []],
  ['c5', 'La pubblica amministrazione applica ISO/IEC 27001.', 'PUBLISHES', []],
  ['soc-2', 'L’audit SOC 2 si svolge secondo AT-C 205.', 'BASED_ON', ['certification:soc-2 -> standard:at-c-205']],
  ['c5', 'Microsoft Azure è certificato da un organismo accreditato dal BSI.', 'ACCREDITS', []],
  ['c5', 'È pubblicato dal BSI.', 'PUBLISHES', ['authority:bsi -> certification:c5']],
];

const PORTUGUESE: Case[] = [
  ['c5', 'A ISO/IEC 27017 baseia-se na ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'A ISO/IEC 27018 é baseada na ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'A ISO/IEC 27002 serve de base para a ISO/IEC 27017 e a ISO/IEC 27018.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  [
    'c5',
    'A ISO/IEC 27017 foi publicada pela Organização Internacional de Normalização (ISO) e pela Comissão Eletrotécnica Internacional (IEC).',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  [
    'c5',
    'O mesmo texto também foi publicado pela União Internacional de Telecomunicações (UIT) como Recomendação ITU-T X.1631.',
    'PUBLISHES',
    ['authority:itu -> standard:itu-t-x-1631'],
  ],
  ['c5', 'O SSAE 18 é publicado pelo ASB do AICPA.', 'PUBLISHES', ['authority:asb -> standard:ssae-18']],
  ['c5', 'A ISO publicou a ISO/IEC 27018 em 2014.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'O K-ISMS é credenciado pelo KISA.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  [
    'c5',
    'No Japão, a CS Mark, gerida pela JASA, baseia-se na ISO/IEC 27017.',
    'ACCREDITS',
    ['authority:jasa -> certification:cs-mark'],
  ],
  [
    'c5',
    'A CS Gold Mark e a CS Silver Mark fazem parte da CS Mark.',
    'PART_OF',
    ['certification:cs-gold-mark -> certification:cs-mark', 'certification:cs-silver-mark -> certification:cs-mark'],
  ],
  [
    'c5',
    'A ISO/IEC 27018 estende a ISO/IEC 27002. Essa norma é mantida pela ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  ['c5', 'A ISO/IEC 27017 não é baseada na ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'O PCI DSS não é gerido pela KISA, nem pela ISO.', 'ACCREDITS', []],
  ['c5', 'Os clientes podem consultar o site da ISO publicado pela ISO.', 'PUBLISHES', []],
];

const LANGS: Array<[string, string, Case[]]> = [
  ['Spanish', 'es-ES', SPANISH],
  ['Italian', 'it-IT', ITALIAN],
  ['Portuguese', 'pt-BR', PORTUGUESE],
];

describeRelationCases(LANGS);

describe('coordinators and contractions', () => {
  it('reads "e"/"ed"/"y" lists and an article contracted with the agent preposition', () => {
    expect(read('it-IT', 'c5', 'ISO/IEC 27017 ed ISO/IEC 27018 sono pubblicate dall’ISO.', 'PUBLISHES')).toEqual([
      `authority:iso -> ${S27017}`,
      `authority:iso -> ${S27018}`,
    ]);
    expect(read('es-ES', 'c5', 'ISO/IEC 27017 e ISO/IEC 27018 son publicadas por la ISO.', 'PUBLISHES')).toEqual([
      `authority:iso -> ${S27017}`,
      `authority:iso -> ${S27018}`,
    ]);
  });

  it('reads the wrong direction of a base cue as no lineage from the base', () => {
    const based = read('es-ES', 'c5', 'La ISO/IEC 27002 sirve de base para ISO/IEC 27017.', 'BASED_ON');
    expect(based).not.toContain(`${S27002} -> ${S27017}`);
    const ko = read('ko-KR', 'c5', 'ISO/IEC 27002는 ISO/IEC 27017의 기반이 됩니다.', 'BASED_ON');
    expect(ko).not.toContain(`${S27002} -> ${S27017}`);
  });
});
