/**
 * Who runs or issues a document: Chinese "组织实施" (organises the implementation of)
 * read like "负责实施", and a body's genitive on a regulatory-document noun before the document's
 * bracketed or quoted designation ("the EBA's guidelines (…)", "wytyczne EBA (…)"). Look-alikes (an
 * organisation's name ending in 组织, a genitive on a noun that is no document, a name not opened by
 * a bracket or a quote, an agent not right after the noun, negation) give nothing.
 */
import { describe, expect, it } from 'vitest';
import { readSlug, rels } from '../helpers/extract.ts';

const read = (locale: string, slug: string, body: string, type: 'ACCREDITS' | 'PUBLISHES') =>
  rels(readSlug(locale, slug, body), type).sort();

describe('Chinese 组织实施: the body organising a scheme runs it', () => {
  it.each([
    ['zh-CN', 'C5 由德国联邦信息安全办公室（BSI）组织实施。', ['authority:bsi -> certification:c5']],
    ['zh-CN', '德国联邦信息安全办公室（BSI）组织实施 C5。', ['authority:bsi -> certification:c5']],
    ['zh-CN', 'CSA STAR 由云安全联盟（CSA）组织实施。', ['authority:csa -> certification:csa-star']],
    ['zh-TW', 'C5 由 BSI 組織實施，審核每年進行。', ['authority:bsi -> certification:c5']],
  ])('%s %s', (locale, body, expected) => {
    expect(read(locale, 'c5', body, 'ACCREDITS')).toEqual(expected);
  });

  it.each([
    '国际标准化组织实施 ISO/IEC 27001 的修订。',
    'BSI 组织了 C5 的研讨会，由审核员实施。',
    'C5 不由 BSI 组织实施。',
  ])('gives nothing for %s', (body) => {
    expect(read('zh-CN', 'c5', body, 'ACCREDITS')).toEqual([]);
  });
});

/** A paragraph that first spells out the European Banking Authority, as articles do. */
const EBA: Record<string, string> = {
  'de-DE': 'Die Europäische Bankenaufsichtsbehörde (EBA) ist eine Agentur der EU.',
  'nl-NL': 'De Europese Bankautoriteit (EBA) is een agentschap van de EU.',
  'pl-PL': 'Europejski Urząd Nadzoru Bankowego (EBA) nadzoruje banki.',
  'sv-SE': 'Europeiska bankmyndigheten (EBA) är en EU-myndighet.',
  'en-US': 'The European Banking Authority (EBA) is an EU agency.',
};
const GUIDELINES = 'certification:eba-gl-2019-02';

describe("a body's genitive on a document noun before the document's designation", () => {
  it.each([
    ['de-DE', 'Die Leitlinien der EBA zu Auslagerungen (EBA/GL/2019/02) gelten seit 2019.'],
    ['nl-NL', 'De richtlijnen van de EBA over uitbesteding (EBA/GL/2019/02) gelden voor banken.'],
    ['pl-PL', 'Wytyczne EBA w sprawie outsourcingu (EBA/GL/2019/02) obowiązują banki.'],
    ['sv-SE', 'EBA:s riktlinjer om utkontraktering (EBA/GL/2019/02) gäller för banker.'],
    ['en-US', 'The guidelines of the EBA on outsourcing (EBA/GL/2019/02) apply to banks.'],
    ['en-US', "The EBA's guidelines on outsourcing (EBA/GL/2019/02) apply to banks."],
    ['de-DE', 'Die EBA-Leitlinien zu Auslagerungen (EBA/GL/2019/02) gelten seit 2019.'],
    ['nl-NL', 'De EBA-richtlijnen over uitbesteding (EBA/GL/2019/02) gelden voor banken.'],
  ])('%s %s', (locale, body) => {
    expect(read(locale, 'c5', `${EBA[locale]} ${body}`, 'PUBLISHES')).toEqual([`authority:eba -> ${GUIDELINES}`]);
  });

  it.each([
    ['de-DE', 'Die Leitlinien des BSI (C5) gelten für Cloud-Anbieter.'],
    ['nl-NL', 'De richtlijnen van het BSI (C5) gelden voor clouddiensten.'],
    ['pl-PL', 'Wymagania BSI „C5” obowiązują dostawców chmury.'],
    ['sv-SE', 'BSI:s krav (C5) gäller för molntjänster.'],
    ['en-US', "The BSI's new cloud requirements (C5) apply."],
  ])('%s %s', (locale, body) => {
    expect(read(locale, 'c5', body, 'PUBLISHES')).toEqual(['authority:bsi -> certification:c5']);
  });

  it.each([
    ['de-DE', 'Die Mitglieder des BSI (C5) prüfen Anbieter.'],
    ['de-DE', 'Die Richtlinien der Banken folgen dem BSI (C5).'],
    ['de-DE', 'Die Richtlinien des BSI gelten nicht für C5 (Kriterienkatalog).'],
    ['nl-NL', 'De medewerkers van het BSI (C5) controleren aanbieders.'],
    ['pl-PL', 'Pracownicy BSI (C5) sprawdzają dostawców.'],
    ['pl-PL', 'Rekomendacja BSI nie dotyczy C5.'],
    ['sv-SE', 'BSI:s medarbetare (C5) granskar leverantörer.'],
    ['sv-SE', 'Bankernas krav (C5) gäller för molntjänster.'],
    ['sv-SE', 'BSI:s krav gäller inte C5 (katalog).'],
    ['en-US', 'The staff of the BSI (C5) audit providers.'],
    ['en-US', 'The rules of the BSI apply to C5 (the catalogue).'],
    ['en-US', "The BSI's view is that the requirements (C5) are strict."],
    ['en-US', 'The requirements of customers under the BSI (C5) apply.'],
    ['en-US', "In the BSI's view, the Cloud's requirements (C5) apply."],
    ['de-DE', 'Nach Ansicht des BSI gelten die Cloud-Leitlinien (C5).'],
    ['de-DE', 'Die BSI-Mitarbeiter (C5) prüfen Anbieter.'],
    ['de-DE', 'Die BSI-Richtlinien gelten auch für ISO/IEC 27001.'],
    ['nl-NL', 'De BSI-medewerkers (C5) controleren aanbieders.'],
    ['sv-SE', 'Enligt BSI gäller bankernas krav (C5).'],
  ])('%s gives nothing for %s', (locale, body) => {
    expect(read(locale, 'c5', body, 'PUBLISHES')).toEqual([]);
  });
});

describe('a document noun with a genitive as the predicate or apposition of a name', () => {
  it.each([
    ['de-DE', 'Der C5 ist ein Kriterienkatalog des BSI.'],
    ['de-DE', 'Der C5, ein Kriterienkatalog des BSI, gilt für Cloud-Anbieter.'],
    ['en-US', 'C5 is a set of requirements of the BSI.'],
    ['en-US', 'C5, the cloud requirements of the BSI, applies.'],
    ['nl-NL', 'C5 is een catalogus van het BSI.'],
    ['pl-PL', 'C5 to wymagania BSI dla chmury.'],
    ['pl-PL', 'C5 jest zbiorem wymagań BSI.'],
  ])('%s %s', (locale, body) => {
    expect(read(locale, 'c5', body, 'PUBLISHES')).toEqual(['authority:bsi -> certification:c5']);
  });

  it.each([
    ['de-DE', 'Der C5 ist ein Katalog des Bundes, den das BSI prüft.'],
    ['de-DE', 'Der C5 ist kein Katalog des BSI.'],
    ['en-US', 'C5 is not a set of requirements of the BSI.'],
    ['en-US', 'C5 is a set of requirements of customers that the BSI audits.'],
    ['nl-NL', 'C5 is geen catalogus van het BSI.'],
    ['pl-PL', 'C5 nie jest zbiorem wymagań BSI.'],
    ['pl-PL', 'C5 jest ważny, a wymagania BSI obowiązują.'],
  ])('%s gives nothing for %s', (locale, body) => {
    expect(read(locale, 'c5', body, 'PUBLISHES')).toEqual([]);
  });
});
