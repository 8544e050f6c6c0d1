/**
 * Recall of English, German and French prose: a body approving a scheme's assessors, pronouns
 * standing for a cue's agent or patient, a basis named as a scheme's foundation or taken over,
 * German fronted participles before a passive, and bodies named by a syllable or mixed-case acronym.
 */
import { describe, expect, it } from 'vitest';
import { readOverview, rels } from '../helpers/extract.ts';

describe('a body approving the assessors of a scheme accredits for it', () => {
  it('reads an active verb and a modal passive (English)', () => {
    const active = readOverview(
      'en-us/offering-mtcs.md',
      'en-US',
      'Multi-Tier Cloud Security',
      'The Infocomm Media Development Authority (IMDA) licenses the certification bodies that audit providers.',
    );
    expect(rels(active, 'ACCREDITS')).toContain('authority:imda -> certification:mtcs');
    const modal = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'Each assessor has to be approved by the Australian Signals Directorate (ASD) before an engagement starts.',
    );
    expect(rels(modal, 'ACCREDITS')).toContain('authority:asd -> certification:irap');
  });

  it('reads a German relative clause and a named certification body', () => {
    const relative = readOverview(
      'de-de/offering-iso-27001.md',
      'de-DE',
      'ISO/IEC 27001',
      'Die Audits übernehmen Auditoren, die die Deutsche Akkreditierungsstelle (DAkkS) akkreditiert hat.',
    );
    expect(rels(relative, 'ACCREDITS')).toContain('authority:dakks -> certification:iso-27001');
    const named = readOverview(
      'de-de/offering-it-grundschutz.md',
      'de-DE',
      'IT-Grundschutz',
      'Zertifizierungsstelle ist in diesem Verfahren das Bundesamt für Sicherheit in der Informationstechnik (BSI).',
    );
    expect(rels(named, 'ACCREDITS')).toContain('authority:bsi -> certification:it-grundschutz');
  });

  it('reads a French reduced relative and a syllable acronym (COFRAC)', () => {
    const facts = readOverview(
      'fr-fr/offering-iso-27001.md',
      'fr-FR',
      'ISO/IEC 27001',
      "La certification est délivrée par des organismes de certification accrédités par le Comité français d'accréditation (COFRAC).",
    );
    expect(rels(facts, 'ACCREDITS')).toEqual(['authority:cofrac -> certification:iso-27001']);
  });

  it('gives nothing for other nouns or without an approving verb', () => {
    const facts = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'IMDA-approved training courses are listed on the website of the Infocomm Media Development Authority (IMDA).',
      'The Australian Signals Directorate (ASD) publishes guidance that assessors read.',
      'Microsoft earned IRAP PROTECTED status after an assessment by an assessor approved by the Australian Signals Directorate (ASD).',
      'The report is renewed through yearly audits by an ASD-approved assessor.',
    );
    expect(rels(facts, 'ACCREDITS')).toEqual([]);
    const de = readOverview(
      'de-de/offering-iso-27001.md',
      'de-DE',
      'ISO/IEC 27001',
      'Auditoren, die das Verfahren des Bundesamts für Sicherheit in der Informationstechnik (BSI) kennen, sind gefragt.',
    );
    expect(rels(de, 'ACCREDITS')).toEqual([]);
    const fr = readOverview(
      'fr-fr/offering-iso-27001.md',
      'fr-FR',
      'ISO/IEC 27001',
      "Les organismes de certification travaillent avec le Comité français d'accréditation (COFRAC) depuis longtemps.",
    );
    expect(rels(fr, 'ACCREDITS')).toEqual([]);
  });
});

describe('pronouns standing for an agent or a patient', () => {
  it('reads an object pronoun of an active verb as the scheme named before, else the subject before', () => {
    const inSentence = readOverview(
      'en-us/offering-iso-27001.md',
      'en-US',
      'ISO/IEC 27001',
      'ISO/IEC 27001 grew out of a British standard, and the International Organization for Standardization (ISO) now maintains it.',
    );
    expect(rels(inSentence, 'PUBLISHES')).toContain('authority:iso -> standard:iso-iec-27001');
    const de = readOverview(
      'de-de/offering-vait.md',
      'de-DE',
      'VAIT',
      'Die Versicherungsaufsichtlichen Anforderungen an die IT (VAIT) sind ein Rundschreiben der Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin). Die BaFin veröffentlichte sie im Jahr 2019 zum ersten Mal.',
    );
    expect(rels(de, 'PUBLISHES')).toContain('authority:bafin -> certification:vait');
  });

  it('reads a subject pronoun opening the sentence as the body named before', () => {
    const facts = readOverview(
      'en-us/offering-pci-dss.md',
      'en-US',
      'PCI DSS',
      'The PCI Security Standards Council (PCI SSC) is a global forum set up in 2006. It develops and maintains the PCI DSS.',
    );
    expect(rels(facts, 'PUBLISHES')).toContain('authority:pci-ssc -> certification:pci-dss');
  });

  it('reads an object pronoun only as the subject of the sentence before, never the described by default', () => {
    const facts = readOverview(
      'en-us/offering-ens.md',
      'en-US',
      'ENS',
      'The guides that explain the ENS are published by the National Cryptologic Centre (CCN). The CCN issues them as a numbered series.',
    );
    expect(rels(facts, 'PUBLISHES')).toEqual([]);
  });

  it('gives nothing for a negated verb or a pronoun in a later clause', () => {
    const de = readOverview(
      'de-de/offering-vait.md',
      'de-DE',
      'VAIT',
      'Die Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) veröffentlichte sie nicht.',
    );
    expect(rels(de, 'PUBLISHES')).toEqual([]);
    const en = readOverview(
      'en-us/offering-pci-dss.md',
      'en-US',
      'PCI DSS',
      'The PCI Security Standards Council (PCI SSC) is a global forum. Members meet every year, and it develops many documents.',
    );
    expect(rels(en, 'PUBLISHES')).toEqual([]);
  });
});

describe('a basis named as a foundation or taken over', () => {
  it('reads "as its foundation" and "comme base" with the base before the phrase', () => {
    const en = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'IRAP uses the Information Security Manual (ISM) as its foundation and adds its own guidance.',
    );
    expect(rels(en, 'BASED_ON')).toContain('certification:irap -> standard:ism');
    const fr = readOverview(
      'fr-fr/offering-c5.md',
      'fr-FR',
      'C5',
      'Le C5 prend la norme ISO/IEC 27001 comme base et y ajoute des critères propres au cloud.',
    );
    expect(rels(fr, 'BASED_ON')).toContain('certification:c5 -> standard:iso-iec-27001');
  });

  it('reads a French scheme taking over parts of a standard, and a basis in the imperfect', () => {
    const takes = readOverview(
      'fr-fr/offering-c5.md',
      'fr-FR',
      'C5',
      'Le C5 reprend en partie les exigences de la norme ISO/IEC 27001.',
    );
    expect(rels(takes, 'BASED_ON')).toContain('certification:c5 -> standard:iso-iec-27001');
    const past = readOverview(
      'fr-fr/offering-c5.md',
      'fr-FR',
      'C5',
      'Avant 2020, le C5 s’appuyait sur la norme ISO/IEC 27001 et sur le CSA CCM.',
    );
    expect(rels(past, 'BASED_ON')).toContain('certification:c5 -> standard:iso-iec-27001');
  });

  it('reads every item of a list a colon opens, past a gloss after each', () => {
    const facts = readOverview(
      'fr-fr/offering-c5.md',
      'fr-FR',
      'C5',
      'La première version du catalogue s’appuyait sur deux normes : ISO/IEC 27001 pour la sécurité de l’information, et ISO/IEC 27017 pour les services cloud.',
    );
    expect(rels(facts, 'BASED_ON')).toEqual([
      'certification:c5 -> standard:iso-iec-27001',
      'certification:c5 -> standard:iso-iec-27017',
    ]);
  });

  it('gives nothing for other uses, nor for criteria close to a scheme', () => {
    const en = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'Many assessors use ISO/IEC 27001 as one reference among several.',
    );
    expect(rels(en, 'BASED_ON')).toEqual([]);
    const fr = readOverview(
      'fr-fr/offering-c5.md',
      'fr-FR',
      'C5',
      'Le projet européen a repris des critères proches de ceux de la norme ISO/IEC 27001.',
    );
    expect(rels(fr, 'BASED_ON')).toEqual([]);
  });
});

describe('the parts of the described scheme named by a document noun', () => {
  it('reads "The requirements come from X" and "The security requirements are based on X" opening a paragraph', () => {
    const facts = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'The requirements come from the Information Security Manual (ISM).',
      'The security controls are based on NIST SP 800-53 as well.',
    );
    expect(rels(facts, 'BASED_ON')).toEqual([
      'certification:irap -> standard:ism',
      'certification:irap -> standard:nist-sp-800-53',
    ]);
  });

  it('reads a scheme delivered by a body after a date', () => {
    const facts = readOverview(
      'en-us/offering-mtcs.md',
      'en-US',
      'Multi-Tier Cloud Security',
      'Since March 2019, the scheme has been delivered by the Infocomm Media Development Authority (IMDA).',
    );
    expect(rels(facts, 'ACCREDITS')).toEqual(['authority:imda -> certification:mtcs']);
  });

  it('gives nothing when the sentence before was about another entity', () => {
    const facts = readOverview(
      'en-us/offering-irap.md',
      'en-US',
      'IRAP',
      'The Australian Signals Directorate (ASD) advises agencies. The requirements come from many sources, including NIST SP 800-53.',
    );
    expect(rels(facts, 'BASED_ON')).toEqual([]);
  });
});

describe('German fronted participles and French object relatives after a camel-case name', () => {
  it('reads "Herausgegeben und gepflegt wird er vom X" with the pronoun as patient', () => {
    const facts = readOverview(
      'de-de/offering-c5.md',
      'de-DE',
      'C5',
      'Der C5 ist ein Kriterienkatalog für Cloudanbieter. Herausgegeben und gepflegt wird er vom Bundesamt für Sicherheit in der Informationstechnik (BSI).',
    );
    expect(rels(facts, 'PUBLISHES')).toContain('authority:bsi -> certification:c5');
  });

  it('reads "SecNumCloud, que l’ANSSI publie"', () => {
    const facts = readOverview(
      'fr-fr/offering-secnumcloud.md',
      'fr-FR',
      'SecNumCloud',
      "L'Agence nationale de la sécurité des systèmes d'information (ANSSI) est l'autorité nationale.",
      "Les règles figurent dans le référentiel SecNumCloud, que l'ANSSI publie.",
    );
    expect(rels(facts, 'PUBLISHES')).toContain('authority:anssi -> certification:secnumcloud');
  });
});
