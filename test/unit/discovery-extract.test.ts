/**
 * Entity discovery inside whole articles: discovered bodies and schemes with their relations, the
 * article's own offering and acronym definitions winning over the lexicon, and tiers of discovered
 * schemes. The articles are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

const node = (facts: ReturnType<typeof extract>, id: string) => facts.nodes.find((n) => n.id === id);

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
