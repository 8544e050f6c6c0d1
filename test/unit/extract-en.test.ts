import { describe, expect, it } from 'vitest';
import { article, extract, relation, rels } from '../helpers/extract.ts';

const text = article(
  'en-US',
  'Cloud Security Mark Gold (CS Gold Mark)',
  `# <a name="cloud-security-mark-gold"></a>Cloud Security Mark Gold (CS Gold Mark)

## <a name="cs-gold-mark-overview"></a>Overview

The Cloud Security Mark (CS Mark) is Japan's first security certification aimed at cloud providers. The CS Mark is based on ISO/IEC 27017:2015, a code of practice that is itself derived from ISO/IEC 27002. The scheme is operated by the Japan Information Security Audit Association (JASA). JASA was established by the Ministry of Internal Affairs and Communications (MIC) and the Ministry of Economy, Trade and Industry (METI).

The audit covers roughly 1,500 controls. Certificates are valid for three years, with annual surveillance audits.

## <a name="microsoft-and-cs-gold-mark"></a>Microsoft and CS Gold Mark

Microsoft Azure holds the mark for IaaS and PaaS, and Office 365 for SaaS.

## <a name="microsoft-in-scope-cloud-services"></a>Microsoft in-scope cloud services

- [Microsoft Azure](https://azure.microsoft.com/) – IaaS and PaaS
- Microsoft Intune
- Dynamics 365 and Power BI
- Contoso Ledger Cloud

## <a name="frequently-asked-questions"></a>Frequently asked questions

**Is the CS Mark based on ISO/IEC 27001?**

The CS Mark is not based on ISO/IEC 27001.

## <a name="resources"></a>Resources

- [JASA](https://www.jasa.jp/)
- [ISMAP](offering-ismap.md)
`,
);
const facts = extract('en-us/offering-cs-gold-mark.md', text);

describe('extraction (English)', () => {
  it('describes the offering named by the lexicon article list, and names it from the title', () => {
    expect(rels(facts, 'DESCRIBES')).toEqual(['article:en-us/offering-cs-gold-mark.md -> certification:cs-gold-mark']);
    const node = facts.nodes.find((n) => n.id === 'certification:cs-gold-mark');
    expect(node?.properties.names).toEqual({ en: 'Cloud Security Mark Gold' });
    expect(node?.properties.aliases).toContain('CS Gold Mark');
  });

  it('finds lineage with the sentence as evidence', () => {
    const r = relation(facts, 'BASED_ON', 'certification:cs-mark', 'standard:iso-iec-27017');
    expect(r?.evidence[0]).toEqual({
      article: 'en-us/offering-cs-gold-mark.md',
      locale: 'en-US',
      section: 'cs-gold-mark-overview',
      quote:
        'The CS Mark is based on ISO/IEC 27017:2015, a code of practice that is itself derived from ISO/IEC 27002.',
    });
    expect(rels(facts, 'BASED_ON')).toContain('standard:iso-iec-27017 -> standard:iso-iec-27002');
  });

  it('finds who operates the scheme and who established the operator', () => {
    // "The scheme is operated by JASA" follows "The CS Mark is based on …": the scheme is the CS Mark.
    expect(rels(facts, 'ACCREDITS')).toEqual(['authority:jasa -> certification:cs-mark']);
    expect(rels(facts, 'ESTABLISHED_BY').sort()).toEqual([
      'authority:jasa -> authority:meti',
      'authority:jasa -> authority:mic',
    ]);
  });

  it('finds the tier relation from the name', () => {
    expect(rels(facts, 'PART_OF')).toContain('certification:cs-gold-mark -> certification:cs-mark');
  });

  it('reads scheme facts into properties', () => {
    const p = facts.nodes.find((n) => n.id === 'certification:cs-gold-mark')?.properties;
    expect(p?.validityYears).toBe(3);
    expect(p?.surveillanceAudit).toBe('annual');
    expect(p?.controlCount).toBe(1500);
  });

  it('splits in-scope lists into products, with service models', () => {
    const covers = rels(facts, 'COVERS').sort();
    expect(covers).toEqual(
      [
        'certification:cs-gold-mark -> service:azure',
        'certification:cs-gold-mark -> service:contoso-ledger-cloud',
        'certification:cs-gold-mark -> service:dynamics-365',
        'certification:cs-gold-mark -> service:intune',
        'certification:cs-gold-mark -> service:office-365',
        'certification:cs-gold-mark -> service:power-bi',
      ].sort(),
    );
    expect(relation(facts, 'COVERS', 'certification:cs-gold-mark', 'service:azure')?.properties.serviceModels).toEqual([
      'IaaS',
      'PaaS',
    ]);
    expect(
      relation(facts, 'COVERS', 'certification:cs-gold-mark', 'service:office-365')?.properties.serviceModels,
    ).toEqual(['SaaS']);
    expect(facts.candidates).toContain('Contoso Ledger Cloud');
  });

  it('relates linked offerings and ignores questions and negations', () => {
    expect(rels(facts, 'RELATED_TO')).toEqual(['certification:cs-gold-mark -> certification:ismap']);
    expect(rels(facts, 'BASED_ON')).not.toContain('certification:cs-mark -> standard:iso-iec-27001');
  });

  it('keeps every quote a verbatim substring of the article', () => {
    for (const r of facts.relationships) for (const e of r.evidence) expect(text.includes(e.quote)).toBe(true);
  });

  it('applies the scheme in its jurisdiction', () => {
    expect(rels(facts, 'APPLIES_IN')).toContain('certification:cs-mark -> jurisdiction:jp');
  });
});

describe('discovery of names not in the lexicon', () => {
  const other = extract(
    'en-us/offering-examplia.md',
    article(
      'en-US',
      'Examplia Cloud Trust Label (ECTL)',
      `# Examplia Cloud Trust Label (ECTL)

## <a name="examplia-overview"></a>Overview

The Examplia Cloud Trust Label is operated by the Examplia Digital Trust Office (EDTO). It is based on ISO/IEC 27018, FIPS 140-3 and ＩＳＯ／ＩＥＣ　２７０１７.
`,
    ),
  );

  it('creates the offering, the authority and the standards it finds', () => {
    expect(rels(other, 'DESCRIBES')).toEqual(['article:en-us/offering-examplia.md -> certification:examplia']);
    expect(rels(other, 'ACCREDITS')).toEqual(['authority:edto -> certification:examplia']);
    const based = rels(other, 'BASED_ON');
    expect(based).toContain('certification:examplia -> standard:iso-iec-27018');
    expect(based).toContain('certification:examplia -> standard:iso-iec-27017');
    expect(other.candidates).toContain('Examplia Digital Trust Office (EDTO)');
  });
});
