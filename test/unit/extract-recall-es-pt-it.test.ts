/**
 * Recall on Spanish, Portuguese and Italian articles: relations stated through an origin ("tiene su
 * origen en"), a clitic or possessive referring back ("La publican …", "su desarrollo corresponde
 * al …"), certification bodies accredited by a body, an adverb in -mente, Portuguese "no" (a
 * preposition, not a negation), a national body adopting "the standard" as its own version, and a
 * long apposition before an object relative clause. Each positive case has a look-alike that must
 * give nothing: a negation, a participle describing an unknown name or a plural common noun, an
 * unknown name in the agent's slot, a verb that is no cue.
 */
import { describe, expect, it } from 'vitest';
import { readOverview, rels } from '../helpers/extract.ts';

const ES = ['es/offering-iso-22301.md', 'es-ES', 'ISO 22301 Continuidad de negocio'] as const;
const PT = ['pt-br/offering-iso-27701.md', 'pt-BR', 'ISO/IEC 27701 Gestão de privacidade'] as const;
const IT = ['it-it/offering-iso-22301.md', 'it-IT', 'ISO 22301 Continuità operativa'] as const;
const S22301 = 'standard:iso-22301';

describe('Spanish: origin, clitic and possessive references, certifier bodies, adoption', () => {
  it('reads an origin as the basis of the standard "La norma" refers to', () => {
    const f = readOverview(...ES, 'La norma tiene su origen en la norma británica BS 25999, publicada en 2007.');
    expect(rels(f, 'BASED_ON')).toContain(`${S22301} -> standard:bs-25999`);
    const denied = readOverview(...ES, 'La norma no tiene su origen en la norma británica BS 25999.');
    expect(rels(denied, 'BASED_ON')).not.toContain(`${S22301} -> standard:bs-25999`);
  });

  it('reads a plural clitic verb and "su desarrollo corresponde al" as publishing the standard before', () => {
    const f = readOverview(
      ...ES,
      'ISO 22301 fija los requisitos de un sistema de continuidad. La publica la Organización Internacional de Normalización (ISO), y su desarrollo corresponde al comité técnico ISO/TC 292.',
    );
    expect(rels(f, 'PUBLISHES').sort()).toEqual([`authority:iso -> ${S22301}`, `authority:iso-tc-292 -> ${S22301}`]);
    const other = readOverview(
      ...ES,
      'El plan de continuidad es propio de cada cliente. Su desarrollo corresponde a una necesidad de cada empresa.',
    );
    expect(rels(other, 'PUBLISHES')).toEqual([]);
  });

  it('reads certification bodies accredited by a body as that body accrediting for the scheme', () => {
    const f = readOverview(
      ...ES,
      'Las entidades que certifican sistemas de continuidad según ISO 22301 en España están acreditadas por la Entidad Nacional de Acreditación (ENAC).',
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:enac -> certification:iso-22301']);
    const labs = readOverview(
      ...ES,
      'Los laboratorios de ensayo de España están acreditados por la Entidad Nacional de Acreditación (ENAC).',
    );
    expect(rels(labs, 'ACCREDITS')).toEqual([]);
  });

  it('reads a national body adopting "la norma" as its own version as publishing that version', () => {
    const f = readOverview(
      ...ES,
      'La Asociación Española de Normalización (UNE) ha adoptado la norma como UNE-EN ISO 22301, con el mismo texto.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:une -> standard:une-en-iso-22301']);
  });

  it('takes the antecedent of an object relative clause across a long apposition', () => {
    const f = readOverview(
      ...ES,
      'Los ensayos se hacen en el Centro Común de Investigación (CCI), un servicio científico interno de la Unión que la Comisión Europea creó en 1957.',
    );
    expect(rels(f, 'ESTABLISHED_BY')).toEqual(['authority:cci -> authority:european-commission']);
  });
});

describe('Portuguese: "no" as a preposition, -mente adverbs, a base taken "como ponto de partida"', () => {
  it('reads "fortemente inspirada no X" and "baseada no X" as lineage, "não" as a negation', () => {
    const f = readOverview(
      ...PT,
      'A Lei de Proteção de Dados de Moçambique (LPDM) foi fortemente inspirada no Regulamento Geral sobre a Proteção de Dados (GDPR).',
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:lpdm -> certification:gdpr');
    const denied = readOverview(
      ...PT,
      'A Lei de Proteção de Dados de Moçambique (LPDM) não foi inspirada no Regulamento Geral sobre a Proteção de Dados (GDPR).',
    );
    expect(rels(denied, 'BASED_ON')).not.toContain('certification:lpdm -> certification:gdpr');
  });

  it('reads "tem a X como ponto de partida" with the base between the verb and "como"', () => {
    const f = readOverview(...PT, 'A ISO 22313, um guia de orientação, tem a ISO 22301 como ponto de partida.');
    expect(rels(f, 'BASED_ON')).toContain(`standard:iso-22313 -> ${S22301}`);
    const goal = readOverview(...PT, 'A ISO 22313 tem a ISO 22301 como meta para os seus leitores.');
    expect(rels(goal, 'BASED_ON')).not.toContain(`standard:iso-22313 -> ${S22301}`);
  });

  it('reads certification bodies "credenciados pelo" a body as accrediting for the scheme', () => {
    const f = readOverview(
      ...PT,
      'No Brasil, os organismos que certificam a ISO/IEC 27701 são credenciados pelo Instituto Nacional de Metrologia (INMETRO).',
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:inmetro -> certification:iso-27701']);
  });

  it('gives no patient to a participle describing an unknown name, a plural noun or after an unknown agent', () => {
    const f = readOverview(
      ...PT,
      'A fiscalização cabe à Autoridade Nacional de Proteção de Dados (ANPD). O Regulamento de Dosimetria e Sanções, publicado pela ANPD em 2023, define as multas. A ISO/IEC 27701 prevê cláusulas contratuais aprovadas pela ANPD. Criada pela Medida Provisória nº 869, a ANPD fiscaliza a ISO/IEC 27701.',
    );
    expect([...rels(f, 'PUBLISHES'), ...rels(f, 'ESTABLISHED_BY'), ...rels(f, 'ACCREDITS')]).toEqual([]);
  });
});

describe('Italian: origin, "curato dall\'", an unknown name before a participle', () => {
  it('reads "ha origine dalla X" as a basis and "era curato dall\'X" as running the scheme', () => {
    const f = readOverview(
      ...IT,
      "La norma ha origine dalla norma britannica BS 25999. In passato lo schema era curato dall'Agenzia per la Cybersicurezza Nazionale (ACN).",
    );
    expect(rels(f, 'BASED_ON')).toContain(`${S22301} -> standard:bs-25999`);
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:acn -> certification:iso-22301']);
  });

  it('gives no patient to a participle after an unknown capitalised name', () => {
    const f = readOverview(
      ...IT,
      "Il riferimento è la Strategia Nazionale di Cybersicurezza, redatta nel 2022 dall'Agenzia per la Cybersicurezza Nazionale (ACN).",
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
  });
});

describe('Portuguese and Italian: approving and issuing verbs in the active voice', () => {
  it('reads "aprovou" and "editou" as publishing, "emana" likewise', () => {
    const pt = readOverview(...PT, 'Em 2015, a ISO aprovou a ISO/IEC 27017, que trata de serviços em nuvem.');
    expect(rels(pt, 'PUBLISHES')).toContain('authority:iso -> standard:iso-iec-27017');
    const it2 = readOverview(...IT, 'Ogni cinque anni la ISO emana una revisione della ISO/IEC 27017.');
    expect(rels(it2, 'PUBLISHES')).toContain('authority:iso -> standard:iso-iec-27017');
  });

  it('gives nothing when the verb is denied or has no named object', () => {
    const pt = readOverview(...PT, 'A ISO não aprovou a ISO/IEC 27017 em 2014.');
    expect(rels(pt, 'PUBLISHES')).not.toContain('authority:iso -> standard:iso-iec-27017');
    const it2 = readOverview(...IT, 'La ISO emana ogni anno nuove norme per il cloud.');
    expect(rels(it2, 'PUBLISHES')).toEqual([]);
  });
});
