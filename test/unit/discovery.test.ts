/**
 * Entity discovery without the lexicon knowing the entity: head words in every language, elided
 * articles, acronyms that are not initials, national standards and adoptions, the article's own
 * offering and acronym definitions winning over the lexicon, and tiers of discovered schemes. The
 * articles are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findAcronymPairs, guessKind } from '../../src/ingest/acronyms.ts';
import { Matcher } from '../../src/ingest/matcher.ts';
import { article, extract, lexicon, rels } from '../helpers/extract.ts';

const pairs = (text: string) => findAcronymPairs(text).map((p) => `${p.name} (${p.acronym})`);
const node = (facts: ReturnType<typeof extract>, id: string) => facts.nodes.find((n) => n.id === id);

describe('guessKind: head words in every language', () => {
  it.each([
    ['Northwind Widget Industry Association', 'en', 'Authority'],
    ['Harbour Data Task Force', 'en', 'Authority'],
    ['Coastal Cloud Consortium', 'en', 'Authority'],
    ['Ministry of Trade and Industry', 'en', 'Authority'],
    ['German Association of the Automotive Industry', 'en', 'Authority'],
    ['Certified Third-Party Assessment Organizations', 'en', 'Authority'],
    ['Autoridade Nacional de Proteção de Dados', 'pt', 'Authority'],
    ['Dipartimento per la Trasformazione Digitale', 'it', 'Authority'],
    ['Ente Nazionale di Vigilanza', 'it', 'Authority'],
    ['Entidad Nacional de Certificación', 'es', 'Authority'],
    ['Comisión Nacional de Datos', 'es', 'Authority'],
    ['台灣雲端安全基金會', 'zh-TW', 'Authority'],
    ['數位發展部', 'zh-TW', 'Authority'],
    ['한국데이터보호진흥원', 'ko', 'Authority'],
    ['개인정보보호위원회', 'ko', 'Authority'],
    ['クラウド監査協会', 'ja', 'Authority'],
    ['Cloud Hosting Security Standard', 'en', 'Standard'],
    ['클라우드 보안 기준', 'ko', 'Standard'],
    ['雲端服務安全規範', 'zh-TW', 'Standard'],
    ['Norma Técnica de Seguridad', 'es', 'Standard'],
  ])('%s (%s) is a %s', (name, lang, kind) => {
    expect(guessKind(name, lang)?.kind).toBe(kind);
  });

  it.each([
    ['Secure Hosting Code of Conduct', 'en', 'framework'],
    ['Cloud Widget Assurance Seal', 'en', 'certification'],
    ['Data Trust Label', 'en', 'certification'],
    ['Vendor Assurance Scheme', 'en', 'assessment-program'],
    ['Trusted Cloud Security Assessment Exchange', 'en', 'assessment-program'],
    ['Programa Nacional de Evaluación', 'es', 'assessment-program'],
    ['Selo de Confiança Digital', 'pt', 'certification'],
    ['Regolamento sui Servizi Cloud', 'it', 'regulation'],
    ['Lei Geral de Proteção de Dados', 'pt', 'law'],
    ['클라우드 보안 인증', 'ko', 'certification'],
    ['雲端安全標章', 'zh-TW', 'certification'],
  ])('%s (%s) is a certification of type %s', (name, lang, type) => {
    expect(guessKind(name, lang)).toEqual({ kind: 'Certification', type });
  });

  it('guesses nothing for names without a head word or for products', () => {
    expect(guessKind('Payment Card Industry', 'en')).toBeNull();
    expect(guessKind('Azure Kubernetes Service', 'en')).toBeNull();
    expect(guessKind('Security Assessment Report', 'en')).toBeNull();
    expect(guessKind('Banco Central do Brasil', 'pt')).toBeNull();
  });
});

describe('findAcronymPairs: names the initials do not find', () => {
  it('splits elided articles off the first word of a name', () => {
    expect(
      pairs(
        "È vigilato dall'Ufficio Nazionale per la Sicurezza Cloud (UNSC) e dall'Agenzia per l'Innovazione Digitale (AgInD).",
      ),
    ).toEqual(['Ufficio Nazionale per la Sicurezza Cloud (UNSC)', "Agenzia per l'Innovazione Digitale (AgInD)"]);
    expect(pairs("Le label est délivré par l'Office National de Confiance (ONC).")).toEqual([
      'Office National de Confiance (ONC)',
    ]);
  });

  it('takes an acronym from another language after a headed name', () => {
    expect(pairs('La guía fue publicada por la Asociación Ibérica de Normas (INORM) en 2021.')).toEqual([
      'Asociación Ibérica de Normas (INORM)',
    ]);
  });

  it('takes a mixed-case acronym spelled out by a headed name', () => {
    expect(pairs('Os laboratórios são acreditados pelo Instituto Federal de Medidas (Infemed).')).toEqual([
      'Instituto Federal de Medidas (Infemed)',
    ]);
    expect(pairs('O programa é coordenado pela Coordenação Técnica de Avaliação (Cotav).')).toEqual([
      'Coordenação Técnica de Avaliação (Cotav)',
    ]);
  });

  it('does not let ordinary parentheticals in', () => {
    expect(pairs('See the scope table (see below), the 2019 edition (2019) and the form (optional).')).toEqual([]);
    expect(pairs('It is offered in Azure Government (Preview) and Azure China (Beta).')).toEqual([]);
    expect(pairs('The Federal Data Office (Berlin) and the Harbour Data Office (Brussels) take part.')).toEqual([]);
    expect(pairs('O Banco Central do Brasil (Brasil) publica.')).toEqual([]);
  });

  it('starts a name after a sentence-opening article and a previous parenthesis', () => {
    expect(pairs('A Autoridade Federal de Dados (AFD) fiscaliza.')).toEqual(['Autoridade Federal de Dados (AFD)']);
    expect(pairs("Lo gestisce l'Ente Cloud Nazionale (ECN) e l'Agenzia Dati Italiana (ADI).")).toEqual([
      'Ente Cloud Nazionale (ECN)',
      'Agenzia Dati Italiana (ADI)',
    ]);
  });

  it('cuts a Korean clause at a conjunction before the name', () => {
    expect(pairs('이 제도는 데이터보호부 (DPM) 및 클라우드보안진흥원 (CSPA)이 운영합니다.')).toEqual([
      '데이터보호부 (DPM)',
      '클라우드보안진흥원 (CSPA)',
    ]);
  });
});

describe('Matcher: national standards, adoptions and committees', () => {
  const m = new Matcher(lexicon);
  const found = (text: string) => m.find(text).map((x) => `${x.surface} → ${x.candidates[0]?.id}`);

  it('finds national designations and adoptions whole', () => {
    expect(found('Los requisitos siguen la UNE-ISO/IEC 20000-1 y la CNS 27001.')).toEqual([
      'UNE-ISO/IEC 20000-1 → standard:une-iso-iec-20000-1',
      'CNS 27001 → standard:cns-27001',
    ]);
    expect(found('Die DIN EN ISO/IEC 27001 und IATF 16949 sowie GB/T 22239 gelten.')).toEqual([
      'DIN EN ISO/IEC 27001 → standard:din-en-iso-iec-27001',
      'IATF 16949 → standard:iatf-16949',
      'GB/T 22239 → standard:gb-t-22239',
    ]);
    expect(found('ABNT NBR ISO 9001 and KS X ISO/IEC 27001 apply.')).toEqual([
      'ABNT NBR ISO 9001 → standard:abnt-nbr-iso-9001',
      'KS X ISO/IEC 27001 → standard:ks-x-iso-iec-27001',
    ]);
  });

  it('finds standards committees as authorities', () => {
    expect(found('Maintained by ISO/TC 176 and ISO/IEC JTC 1/SC 40.')).toEqual([
      'ISO/TC 176 → authority:iso-tc-176',
      'ISO/IEC JTC 1/SC 40 → authority:iso-iec-jtc-1-sc-40',
    ]);
  });

  it('takes no lower-case word or bare year for a national prefix', () => {
    expect(found('Il est une 2019 révision, it is 2020 and EN 2016.')).toEqual([]);
  });
});

describe('extraction: discovered entities and their relations', () => {
  it('discovers bodies and schemes by head word and keeps a national adoption its own standard', () => {
    const facts = extract(
      'es-es/offering-sello-nube.md',
      article(
        'es-ES',
        'Sello Nube Segura (SNS)',
        `# Sello Nube Segura (SNS)

## <a name="overview"></a>Información general

El Sello Nube Segura (SNS) es otorgado por la Asociación Ibérica de Nube (AIN). Se basa en la UNE-ISO/IEC 27017 y en el Código de Conducta de Nube (CCNU).
`,
      ),
    );
    expect(node(facts, 'authority:ain')?.properties.name).toBe('Asociación Ibérica de Nube');
    expect(node(facts, 'certification:ccnu')?.properties.type).toBe('framework');
    expect(rels(facts, 'BASED_ON')).toEqual(
      expect.arrayContaining(['standard:une-iso-iec-27017 -> standard:iso-iec-27017']),
    );
    expect(node(facts, 'standard:une-iso-iec-27017')).toBeDefined();
  });

  it('gives an acronym the article spells out for another body to a new entity, in that article only', () => {
    const facts = extract(
      'en-us/offering-harbour-mark.md',
      article(
        'en-US',
        'Harbour Cloud Mark',
        `# Harbour Cloud Mark

## <a name="overview"></a>Overview

The Harbour Cloud Mark is audited by the Bristol Standards Institute (BSI). BSI auditors visit every year.
`,
      ),
    );
    const bsi = facts.nodes.find((n) => n.properties.name === 'Bristol Standards Institute');
    expect(bsi?.id).toBe('authority:bristol-standards-institute');
    expect(facts.relationships.some((r) => r.end === 'authority:bsi')).toBe(false);
  });

  it('keeps a translated name of a lexicon body that does not spell its acronym as that body', () => {
    const facts = extract(
      'es-es/offering-c5-nota.md',
      article(
        'es-ES',
        'Nota sobre C5',
        `# Nota sobre C5

## <a name="overview"></a>Información general

La Oficina Federal de Seguridad de la Información (BSI) publica el catálogo C5.
`,
      ),
    );
    expect(facts.relationships.some((r) => r.start === 'authority:bsi')).toBe(true);
  });

  it('lets the offering of the article win over a lexicon alias for its short form', () => {
    const facts = extract(
      'en-us/offering-harbour-csf.md',
      article(
        'en-US',
        'HARBOUR CSF',
        `# HARBOUR CSF

## <a name="overview"></a>Overview

The CSF is published by the Harbour Trust Alliance (HTA). The CSF maps to the NIST CSF.
`,
      ),
    );
    expect(rels(facts, 'PUBLISHES')).toContain('authority:hta -> certification:harbour-csf');
    expect(facts.relationships.some((r) => r.type === 'MENTIONS' && r.end === 'certification:nist-csf')).toBe(true);
    expect(rels(facts, 'PUBLISHES')).not.toContain('authority:hta -> certification:nist-csf');
  });

  it('does not give the acronym of the body in "Full Name (ACR) Policy" to the offering', () => {
    const facts = extract(
      'en-us/offering-rjis.md',
      article(
        'en-US',
        'Regional Justice Information Systems (RJIS) Security Policy',
        `# Regional Justice Information Systems (RJIS) Security Policy

## <a name="overview"></a>Overview

The RJIS Security Policy is maintained by the RJIS Division of the regional police.
`,
      ),
    );
    const offering = node(facts, 'certification:rjis');
    expect(offering?.properties.name).toBe('Regional Justice Information Systems Security Policy');
    expect(offering?.properties.acronym).toBeUndefined();
    // The acronym spells the systems, not the body: the Division's id is read from "RJIS Division".
    expect(node(facts, 'authority:rjis-division')?.properties.name).toBe(
      'Regional Justice Information Systems Division',
    );
    expect(rels(facts, 'PUBLISHES')).toContain('authority:rjis-division -> certification:rjis');
  });
});

describe('extraction: tiers of a discovered scheme', () => {
  const tiersOf = (facts: ReturnType<typeof extract>) => rels(facts, 'PART_OF').sort();

  it('reads a family of short codes, with ranges, and ignores quarters and releases', () => {
    const facts = extract(
      'en-us/offering-harbour-seal.md',
      article(
        'en-US',
        'Harbour Seal',
        `# Harbour Seal

## <a name="overview"></a>Overview

The seal has three assurance levels: AL1, AL2 and AL3. Audits happen in Q1 and Q2 on Windows Server 2012 R2.

| Class | Data |
| --- | --- |
| HC1–HC2 | public |
`,
      ),
    );
    expect(tiersOf(facts)).toEqual([
      'certification:harbour-seal-al1 -> certification:harbour-seal',
      'certification:harbour-seal-al2 -> certification:harbour-seal',
      'certification:harbour-seal-al3 -> certification:harbour-seal',
      'certification:harbour-seal-hc1 -> certification:harbour-seal',
      'certification:harbour-seal-hc2 -> certification:harbour-seal',
    ]);
  });

  it('reads level words of every language as Level N and a "<scheme> Plus" variant', () => {
    const ko = extract(
      'ko-kr/offering-harbour-ko.md',
      article(
        'ko-KR',
        '하버 인증',
        '# 하버 인증\n\n## <a name="overview"></a>개요\n\n하버 인증은 1등급과 2등급으로 나뉩니다.\n',
      ),
    );
    expect(tiersOf(ko)).toEqual([
      'certification:harbour-ko-level-1 -> certification:harbour-ko',
      'certification:harbour-ko-level-2 -> certification:harbour-ko',
    ]);
    const it_ = extract(
      'it-it/offering-harbour-it.md',
      article(
        'it-IT',
        'Marchio Porto',
        '# Marchio Porto\n\n## <a name="overview"></a>Panoramica\n\nSono previsti i livelli Livello 1–2.\n',
      ),
    );
    expect(tiersOf(it_)).toEqual([
      'certification:harbour-it-level-1 -> certification:harbour-it',
      'certification:harbour-it-level-2 -> certification:harbour-it',
    ]);
    const en = extract(
      'en-us/offering-harbour-essentials.md',
      article(
        'en-US',
        'Harbour Essentials',
        '# Harbour Essentials\n\n## <a name="overview"></a>Overview\n\nHarbour Essentials Plus adds a hands-on audit.\n',
      ),
    );
    expect(tiersOf(en)).toEqual(['certification:harbour-essentials-plus -> certification:harbour-essentials']);
  });

  it('gives a level after another certification to that one, and a lexicon scheme no new tier', () => {
    const facts = extract(
      'en-us/offering-harbour-link.md',
      article(
        'en-US',
        'Harbour Link',
        '# Harbour Link\n\n## <a name="overview"></a>Overview\n\nIt maps its levels to CMMC Level 2.\n',
      ),
    );
    expect(tiersOf(facts)).toEqual([]);
  });
});
