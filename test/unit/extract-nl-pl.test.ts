/**
 * Relation extraction in Dutch and Polish: each case is one sentence (or two, for references) of
 * that language with the relations it states, and sentences that only look alike (negation, a
 * question, a body as the object, an agent of another clause) with none. Bodies named "Full Name
 * (ACR)" with a head word of the language are discovered; tiers are read by the language's level and
 * impact words.
 */
import { describe, expect, it } from 'vitest';
import { readSlug as facts } from '../helpers/extract.ts';
import {
  type Case,
  describeRelationCases,
  readRelations as read,
  S27002,
  S27017,
  S27018,
} from '../helpers/relation-cases.ts';

const BRANDS = ['american-express', 'discover', 'jcb', 'mastercard', 'visa'];

const DUTCH: Case[] = [
  ['c5', 'ISO/IEC 27017 is gebaseerd op ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'De norm ISO/IEC 27018 is mede gebaseerd op ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27002 vormt de basis voor ISO/IEC 27017 en ISO/IEC 27018.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  [
    'c5',
    'ISO/IEC 27018 breidt ISO/IEC 27002 uit met regels voor persoonsgegevens.',
    'BASED_ON',
    [`${S27018} -> ${S27002}`],
  ],
  ['c5', 'De C5-audit wordt uitgevoerd volgens ISAE 3000.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017 is uitgegeven door de Internationale Organisatie voor Standaardisatie (ISO) en de Internationale Elektrotechnische Commissie (IEC).',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  [
    'c5',
    'ISO/IEC 27018 werd in 2014 door ISO en IEC gepubliceerd.',
    'PUBLISHES',
    [`authority:iec -> ${S27018}`, `authority:iso -> ${S27018}`],
  ],
  ['c5', 'ISO publiceerde ISO/IEC 27017 in 2015.', 'PUBLISHES', [`authority:iso -> ${S27017}`]],
  ['c5', 'ISO heeft ISO/IEC 27018 in 2014 vastgesteld.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  [
    'bio',
    'De Baseline Informatiebeveiliging Overheid (BIO) is opgesteld door het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK).',
    'PUBLISHES',
    ['authority:bzk -> standard:bio'],
  ],
  [
    'bio',
    'Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) stelde de Baseline Informatiebeveiliging Overheid (BIO) op.',
    'PUBLISHES',
    ['authority:bzk -> standard:bio'],
  ],
  ['pci-dss', 'De PCI DSS wordt beheerd door de PCI SSC.', 'ACCREDITS', ['authority:pci-ssc -> certification:pci-dss']],
  ['c5', 'De K-ISMS wordt door de KISA beheerd.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  ['c5', 'De CS Mark is geaccrediteerd door de JASA.', 'ACCREDITS', ['authority:jasa -> certification:cs-mark']],
  [
    'gdpr',
    'De Autoriteit Persoonsgegevens (AP) houdt toezicht op de Algemene Verordening Gegevensbescherming (AVG).',
    'REGULATES',
    ['authority:ap -> certification:avg'],
  ],
  [
    'pci-dss',
    'De PCI SSC werd in 2006 opgericht door American Express, Discover, JCB, Mastercard en Visa.',
    'ESTABLISHED_BY',
    BRANDS.map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  [
    'c5',
    'De CS Gold Mark is een onderdeel van de CS Mark.',
    'PART_OF',
    ['certification:cs-gold-mark -> certification:cs-mark'],
  ],
  [
    'c5',
    'De CS Silver Mark maakt deel uit van de CS Mark.',
    'PART_OF',
    ['certification:cs-silver-mark -> certification:cs-mark'],
  ],
  ['c5', 'De CS Gold Mark valt onder de CS Mark.', 'PART_OF', ['certification:cs-gold-mark -> certification:cs-mark']],
  // An object relative clause; a passive coordinated with the verb of the subject.
  [
    'c5',
    'ISO/IEC 27018, die het ISO in 2014 heeft uitgegeven, breidt ISO/IEC 27002 uit.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'c5',
    'De K-ISMS is gebaseerd op ISO/IEC 27001 en wordt beheerd door de KISA.',
    'ACCREDITS',
    ['authority:kisa -> certification:k-isms'],
  ],
  // References: "Deze norm", "Het wordt …".
  [
    'c5',
    'ISO/IEC 27018 breidt ISO/IEC 27002 uit. Deze norm is gepubliceerd door ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'c5',
    'De PCI DSS beschermt kaartgegevens. Het wordt beheerd door de PCI SSC.',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  // Look-alikes: negation, a question, a body as the object, an agent of a nested clause, "door middel van".
  ['c5', 'ISO/IEC 27017 is niet gebaseerd op ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'De PCI DSS wordt niet beheerd door de KISA.', 'ACCREDITS', []],
  ['pci-dss', 'Wordt de PCI DSS beheerd door de PCI SSC?', 'ACCREDITS', []],
  ['c5', 'Microsoft Azure is gecertificeerd door een instelling die door de JASA is geaccrediteerd.', 'ACCREDITS', []],
  [
    'iso-27001',
    'De Raad voor Accreditatie (RvA) accrediteert certificerende instellingen voor ISO/IEC 27001.',
    'ACCREDITS',
    [],
  ],
  ['c5', 'Klanten beschermen door middel van ISO/IEC 27018 hun gegevens.', 'PUBLISHES', []],
  ['c5', 'Klanten kunnen het portaal van ISO raadplegen. Het portaal wordt beheerd door ISO.', 'ACCREDITS', []],
  ['c5', 'Het BSI stelt hoge eisen op het gebied van beveiliging.', 'PUBLISHES', []],
];

const POLISH: Case[] = [
  ['c5', 'ISO/IEC 27017 jest oparta na ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'Norma ISO/IEC 27018 opiera się również na ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27002 stanowi podstawę dla ISO/IEC 27017 i ISO/IEC 27018.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  ['c5', 'Audyt C5 przeprowadza się zgodnie z ISAE 3000.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017 została opracowana przez Międzynarodową Organizację Normalizacyjną (ISO) oraz Międzynarodową Komisję Elektrotechniczną (IEC).',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  ['c5', 'ISO opublikowała ISO/IEC 27018 w 2014 roku.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'Katalog C5 został wydany przez BSI w 2016 r.', 'PUBLISHES', ['authority:bsi -> certification:c5']],
  ['pci-dss', 'PCI DSS jest zarządzany przez PCI SSC.', 'ACCREDITS', ['authority:pci-ssc -> certification:pci-dss']],
  ['c5', 'K-ISMS jest akredytowany przez KISA.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  [
    'c5',
    'KISA prowadzi K-ISMS oraz ISMS-P.',
    'ACCREDITS',
    ['authority:kisa -> certification:isms-p', 'authority:kisa -> certification:k-isms'],
  ],
  [
    'c5',
    'C5 jest nadzorowany przez Urząd Komunikacji Elektronicznej (UKE).',
    'REGULATES',
    ['authority:uke -> certification:c5'],
  ],
  [
    'kri',
    'Krajowe Ramy Interoperacyjności (KRI) zostały ustanowione przez Radę Ministrów (RM).',
    'PUBLISHES',
    ['authority:rm -> certification:kri'],
  ],
  [
    'pci-dss',
    'PCI SSC została założona w 2006 roku przez American Express, Discover, JCB, Mastercard i Visa.',
    'ESTABLISHED_BY',
    BRANDS.map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  ['c5', 'CS Gold Mark jest częścią CS Mark.', 'PART_OF', ['certification:cs-gold-mark -> certification:cs-mark']],
  [
    'c5',
    'CS Silver Mark wchodzi w skład CS Mark.',
    'PART_OF',
    ['certification:cs-silver-mark -> certification:cs-mark'],
  ],
  ['c5', 'ISO/IEC 27018, którą opracowała ISO, rozszerza ISO/IEC 27002.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  [
    'c5',
    'K-ISMS opiera się na ISO/IEC 27001 i jest zarządzany przez KISA.',
    'ACCREDITS',
    ['authority:kisa -> certification:k-isms'],
  ],
  // References: "Ta norma", a sentence opening with its verb.
  [
    'c5',
    'ISO/IEC 27018 rozszerza ISO/IEC 27002. Ta norma została wydana przez ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'pci-dss',
    'PCI DSS chroni dane kart. Został opracowany przez PCI SSC.',
    'PUBLISHES',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  // Look-alikes.
  ['c5', 'ISO/IEC 27017 nie jest oparta na ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'PCI DSS nie jest zarządzany przez KISA.', 'ACCREDITS', []],
  ['pci-dss', 'Czy PCI DSS jest zarządzany przez PCI SSC?', 'ACCREDITS', []],
  ['c5', 'Microsoft Azure został certyfikowany przez jednostkę akredytowaną przez BSI.', 'ACCREDITS', []],
  ['iso-27001', 'Polskie Centrum Akredytacji (PCA) akredytuje jednostki certyfikujące ISO/IEC 27001.', 'PUBLISHES', []],
  [
    'iso-27001',
    'Jednostki certyfikujące ISO/IEC 27001 są akredytowane przez Polskie Centrum Akredytacji (PCA).',
    'PUBLISHES',
    [],
  ],
  ['c5', 'Klienci mogą korzystać z portalu, który jest prowadzony przez ISO.', 'ACCREDITS', []],
  ['c5', 'Na podstawie audytu ISO/IEC 27001 klienci mogą ocenić ryzyko.', 'BASED_ON', []],
];

describeRelationCases([
  ['Dutch', 'nl-NL', DUTCH],
  ['Polish', 'pl-PL', POLISH],
]);

describe('discovered bodies and tiers in Dutch and Polish', () => {
  it('discovers bodies by their head words, in any grammatical case', () => {
    const nl = facts(
      'nl-NL',
      'c5',
      'De Raad voor Accreditatie (RvA) en de Rijksinspectie Digitale Infrastructuur (RDI).',
    );
    expect(nl.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['authority:rva', 'authority:rdi']));
    const pl = facts(
      'pl-PL',
      'c5',
      'Opinie wydane przez Komisję Nadzoru Finansowego (KNF) i Polskie Centrum Akredytacji (PCA) są dostępne.',
    );
    expect(pl.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['authority:knf', 'authority:pca']));
  });

  it('reads levels and impact words as tiers of the described scheme, not ordinary adjectives', () => {
    expect(read('nl-NL', 'bio', 'De BIO kent drie niveaus: Niveau 1, Niveau 2 en Niveau 3.', 'PART_OF')).toEqual(
      [1, 2, 3].map((n) => `certification:bio-level-${n} -> certification:bio`),
    );
    expect(read('pl-PL', 'kri', 'KRI ma trzy poziomy: poziom 1, poziom 2 i poziom 3.', 'PART_OF')).toEqual(
      [1, 2, 3].map((n) => `certification:kri-level-${n} -> certification:kri`),
    );
    expect(read('nl-NL', 'bio', 'De BIO onderscheidt de niveaus laag, midden en hoog.', 'PART_OF')).toEqual(
      ['high', 'low', 'moderate'].map((t) => `certification:bio-${t} -> certification:bio`),
    );
    expect(read('pl-PL', 'kri', 'Wymagania KRI dzielą się na poziomy niski, średni i wysoki.', 'PART_OF')).toHaveLength(
      3,
    );
    expect(read('nl-NL', 'bio', 'De BIO stelt hoge eisen aan leveranciers met een laag risico.', 'PART_OF')).toEqual(
      [],
    );
    expect(read('pl-PL', 'kri', 'KRI zapewnia wysoki poziom ochrony przy niskim koszcie.', 'PART_OF')).toEqual([]);
  });
});
