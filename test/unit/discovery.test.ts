/**
 * Entity discovery without the lexicon knowing the entity, at the level of names: head words in
 * every language, elided articles, acronyms that are not initials, national standards and adoptions.
 * Discovery inside whole articles is in discovery-extract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findAcronymPairs, guessKind } from '../../src/ingest/acronyms.ts';
import { Matcher } from '../../src/ingest/matcher.ts';
import { lexicon } from '../helpers/extract.ts';

const pairs = (text: string) => findAcronymPairs(text).map((p) => `${p.name} (${p.acronym})`);

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
