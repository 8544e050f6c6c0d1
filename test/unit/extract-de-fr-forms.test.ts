import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

/** The relations (not mentions) one sentence of a German or French article yields. */
function relsOf(locale: string, sentence: string): string[] {
  const facts = extract(
    `${locale.toLowerCase()}/offering-x.md`,
    article(locale, 'C5', `# C5\n\n## Überblick\n\n${sentence}\n`),
  );
  return (['BASED_ON', 'ACCREDITS', 'PUBLISHES', 'ESTABLISHED_BY'] as const).flatMap((t) =>
    rels(facts, t).map((r) => `${t} ${r}`),
  );
}

const PUB = 'PUBLISHES authority:bsi -> certification:c5';
const ACC = 'ACCREDITS authority:bsi -> certification:c5';
const BASED = 'BASED_ON certification:c5 -> standard:iso-iec-27001';
const FOUNDED = 'ESTABLISHED_BY authority:bsi -> authority:bmi';

describe('German relation phrasings', () => {
  it.each([
    ['Der C5 orientiert sich an ISO/IEC 27001.', BASED],
    ['Der C5 lehnt sich eng an ISO/IEC 27001 an.', BASED],
    ['Der C5 konkretisiert ISO/IEC 27001.', BASED],
    ['Veröffentlicht hat ihn das BSI.', PUB],
    ['Veröffentlicht hat den C5 das BSI.', PUB],
    ['Entwickelt hat das BSI den C5 im Jahr 2016.', PUB],
    ['Der C5 wird seitens des BSI herausgegeben.', PUB],
    ['Der Kriterienkatalog C5, den das BSI 2016 veröffentlicht hat, richtet sich an Cloud-Anbieter.', PUB],
    ['Das BSI veröffentlichte 2016 den C5.', PUB],
    ['Das BSI gibt den C5 heraus.', PUB],
    ['Das BSI ist für die Zertifizierung nach C5 zuständig.', ACC],
    ['Für den C5 ist das BSI zuständig.', ACC],
    ['Das BSI vergibt das C5-Testat.', ACC],
    ['Die Testate nach C5 erteilt das BSI.', ACC],
    ['Zertifizierungen nach C5 führt das BSI durch.', ACC],
    ['Das BSI ist eine Einrichtung des BMI.', FOUNDED],
    ['Das BMI gründete 1991 das BSI.', FOUNDED],
    ['Das BMI hat das BSI gegründet.', FOUNDED],
    ['1991 hat das BMI das BSI gegründet.', FOUNDED],
  ])('%s', (sentence, expected) => {
    expect(relsOf('de-DE', sentence)).toContain(expected);
  });

  it.each([
    'Der C5 wird nicht vom BSI veröffentlicht.',
    'Wird der C5 vom BSI veröffentlicht?',
    'Das BSI ist nicht für die Zertifizierung nach C5 zuständig.',
    'Das BSI vergibt den C5 nicht.',
    'Der C5 stützt sich nicht auf ISO/IEC 27001.',
    'Der C5 ergänzt die Anforderungen, die das BSI veröffentlicht hat.',
    'Das BSI, eine Einrichtung des BMI, veröffentlicht Empfehlungen.',
  ])('states nothing false: %s', (sentence) => {
    expect(relsOf('de-DE', sentence).filter((r) => r !== FOUNDED)).toEqual([]);
  });

  it('keeps the subject of a founding clause first', () => {
    expect(relsOf('de-DE', 'Das BMI hat das BSI gegründet.')).not.toContain(
      'ESTABLISHED_BY authority:bmi -> authority:bsi',
    );
  });
});

describe('French relation phrasings', () => {
  it.each([
    ["Le C5 s'inspire de la norme ISO/IEC 27001.", BASED],
    ['Le C5 relève du BSI.', ACC],
    ['Le C5 relève de la compétence du BSI.', ACC],
    ['Le C5, que le BSI publie depuis 2016, vise les fournisseurs.', PUB],
    ['Le BSI publie le C5.', PUB],
    ['Le BSI gère le C5.', ACC],
    ['Le BSI délivre les attestations C5.', ACC],
    ['Le BSI est chargé de la certification C5.', ACC],
  ])('%s', (sentence, expected) => {
    expect(relsOf('fr-FR', sentence)).toContain(expected);
  });

  it.each([
    "Le C5 n'est pas délivré par le BSI.",
    'Le C5 est-il délivré par le BSI ?',
    'Le BSI est placé sous la tutelle du BMI.',
    'Le BSI, placé sous la tutelle du BMI, publie des recommandations.',
  ])('states nothing false: %s', (sentence) => {
    expect(relsOf('fr-FR', sentence)).toEqual([]);
  });
});
