import { describe, expect, it } from 'vitest';
import { nodeClaims, SEP } from '../../src/graph/claims.ts';
import { DocumentBuilder } from '../../src/ingest/document.ts';
import { fallbackName } from '../../src/ingest/links.ts';
import { article, extract, rels } from '../helpers/extract.ts';

const linking = (linkText: string) =>
  extract(
    'en-us/offering-examplia.md',
    article(
      'en-US',
      'Examplia Cloud Trust Label (ECTL)',
      `# Examplia Cloud Trust Label (ECTL)

## <a name="resources"></a>Resources

- [${linkText}](offering-borealis-data-seal.md)
`,
    ),
  );

const described = extract(
  'en-us/offering-borealis-data-seal.md',
  article(
    'en-US',
    'Borealis Data Seal (BDS)',
    `# Borealis Data Seal (BDS)

## <a name="overview"></a>Overview

The Borealis Data Seal is a certification for cloud providers.
`,
  ),
);

const ID = 'certification:borealis-data-seal';

describe('offerings known only from a link', () => {
  it('relate to the linking offering and are named by an alias from the link text, not by a name', () => {
    const facts = linking('BDS');
    expect(rels(facts, 'RELATED_TO')).toEqual([`certification:examplia -> ${ID}`]);
    expect(facts.nodes.find((n) => n.id === ID)?.properties).toEqual({ aliases: ['BDS'] });
  });

  it('fall back to the slug words when the link text does not read like a name', () => {
    expect(linking('here').nodes.find((n) => n.id === ID)?.properties).toEqual({ aliases: ['borealis data seal'] });
  });

  it('make no name claim, so any name from the offering’s own article wins in the graph', () => {
    const node = linking('BDS').nodes.find((n) => n.id === ID);
    const claims = nodeClaims(
      'article:en-us/offering-examplia.md',
      node ?? { id: ID, labels: [], properties: {} },
      false,
    );
    const keys = claims.map((c) => c.split(SEP)[1]);
    expect(keys.filter((k) => k?.startsWith('name'))).toEqual([]);
    expect(claims).toContain(`article:en-us/offering-examplia.md${SEP}alias${SEP}BDS`);
  });

  it('take the own article’s name in the document whichever article comes first', () => {
    for (const order of [
      [linking('BDS'), described],
      [described, linking('BDS')],
    ]) {
      const doc = new DocumentBuilder();
      for (const f of order) doc.add(f);
      const p = doc.build().nodes.find((n) => n.id === ID)?.properties;
      expect(p?.name).toBe('Borealis Data Seal');
      expect(p?.names).toEqual({ en: 'Borealis Data Seal' });
      expect(p?.aliases).toEqual(expect.arrayContaining(['BDS']));
    }
  });

  it('are named by their alias in the document when no article describes them', () => {
    const doc = new DocumentBuilder();
    doc.add(linking('Borealis Data Seal'));
    expect(doc.build().nodes.find((n) => n.id === ID)?.properties.name).toBe('Borealis Data Seal');
  });
});

describe('fallbackName', () => {
  it('keeps link text that reads like a name', () => {
    expect(fallbackName('ABCRC2', 'offering-abcrc2')).toBe('ABCRC2');
    expect(fallbackName(' Cloud  Security Mark ', 'offering-cs-mark')).toBe('Cloud Security Mark');
    expect(fallbackName('云安全标志', 'offering-cs-mark')).toBe('云安全标志');
    expect(fallbackName('C5:2020', 'offering-c5')).toBe('C5:2020');
  });

  it('uses the slug words for link text that is no name', () => {
    expect(fallbackName('here', 'offering-cs-gold-mark')).toBe('cs gold mark');
    expect(fallbackName('offering-cs-mark.md', 'offering-cs-mark')).toBe('cs mark');
    expect(fallbackName('https://example.com/X', 'offering-x')).toBe('x');
    expect(fallbackName('', 'offering-x')).toBe('x');
  });
});
