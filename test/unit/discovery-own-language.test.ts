/**
 * Bodies named head first without an acronym in a French, Spanish, Italian or Portuguese article:
 * a capitalised authority head after an article, with connectors and capitalised words. Names in
 * sentence case, product names, commercial banks and a head opening a sentence without an article
 * are not bodies; a short form of a body the article names in full is that body.
 */
import { describe, expect, it } from 'vitest';
import { readSlug, rels } from '../helpers/extract.ts';

const S27017 = 'standard:iso-iec-27017';
const authorities = (locale: string, body: string) =>
  readSlug(locale, 'c5', body)
    .nodes.filter((n) => n.id.startsWith('authority:'))
    .map((n) => n.id);

describe('bodies named head first in the article language', () => {
  it.each([
    [
      'es-ES',
      'La norma ISO/IEC 27017 fue adoptada por la Comisión Nacional de Normas Digitales.',
      `authority:comisión-nacional-de-normas-digitales -> ${S27017}`,
    ],
    [
      'pt-BR',
      'O Instituto Nacional de Tecnologia da Informação publicou a ISO/IEC 27017.',
      `authority:instituto-nacional-de-tecnologia-da-informação -> ${S27017}`,
    ],
    [
      'it-IT',
      'Il C5 è stato pubblicato dall’Agenzia per la Cybersicurezza Nazionale.',
      'authority:agenzia-per-la-cybersicurezza-nazionale -> certification:c5',
    ],
  ])('%s %s', (locale, body, expected) => {
    expect(rels(readSlug(locale, 'c5', body), 'PUBLISHES')).toEqual([expected]);
  });

  it('reads a short form of a body the article names in full as that body', () => {
    const body =
      'La Autoridad Nacional de Datos Digitales (ANDD) supervisa el sector. El C5 fue publicado por la Autoridad Nacional.';
    const facts = readSlug('es-ES', 'c5', body);
    expect(rels(facts, 'PUBLISHES')).toEqual(['authority:andd -> certification:c5']);
    expect(authorities('es-ES', body)).toEqual(['authority:andd']);
  });

  it.each([
    ['es-ES', 'La norma ISO/IEC 27017 fue adoptada por la comisión nacional de normas.'],
    ['es-ES', 'El Centro de Datos de Azure en Madrid publica informes.'],
    ['es-ES', 'El Banco Santander ofrece servicios en la nube.'],
    ['pt-BR', 'O Banco Central do Brasil acompanha os bancos.'],
    ['es-ES', 'Agencias Nacionales de Europa publican guías.'],
    ['it-IT', 'La Agenzia offre corsi.'],
  ])('%s finds no body in "%s"', (locale, body) => {
    expect(authorities(locale, body)).toEqual([]);
  });
});
