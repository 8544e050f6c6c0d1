/**
 * English authoring verbs in active use: a body that drew up, wrote or drafted a document publishes
 * it, and a legislature that passed or enacted a law publishes it; a legislature named by its bare
 * head word ("Congress", "Parliament") is a body. Look-alikes (writing to someone, passing an audit,
 * a law passing a chamber, an agent of a nearer participle) give nothing.
 */
import { describe, expect, it } from 'vitest';
import { readSlug, rels } from '../helpers/extract.ts';

const S27017 = 'standard:iso-iec-27017';
const published = (slug: string, body: string) => rels(readSlug('en-US', slug, body), 'PUBLISHES').sort();

describe('a body that drew up, wrote or drafted a document publishes it', () => {
  it.each([
    [
      'The ISO and the IEC drew up ISO/IEC 27017 together.',
      [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
    ],
    ['In 2015 the ISO draws up ISO/IEC 27017 with national members.', [`authority:iso -> ${S27017}`]],
    ['The ISO wrote ISO/IEC 27017 for cloud providers.', [`authority:iso -> ${S27017}`]],
    [
      'The Cloud Security Alliance (CSA) drafted the Cloud Controls Matrix (CCM).',
      ['authority:csa -> standard:csa-ccm'],
    ],
    [
      'The Cloud Security Alliance (CSA) authored the Cloud Controls Matrix (CCM).',
      ['authority:csa -> standard:csa-ccm'],
    ],
  ])('%s', (body, expected) => {
    expect(published('c5', body)).toEqual(expected);
  });

  it.each([
    'The ISO wrote to NIST about ISO/IEC 27017.',
    'NIST did not write ISO/IEC 27017.',
    'Auditors accredited by the DAkkS wrote the C5 audit report.',
    'Was ISO/IEC 27017 drawn up by the ISO?',
  ])('gives nothing for "%s"', (body) => {
    expect(published('c5', body)).toEqual([]);
  });
});

describe('a legislature that passed or enacted a law publishes it', () => {
  it.each([
    [
      'gdpr',
      'The European Parliament and the Council of the European Union passed the GDPR in 2016.',
      ['authority:council-of-the-eu -> certification:gdpr', 'authority:european-parliament -> certification:gdpr'],
    ],
    [
      'gdpr',
      'The European Parliament enacted the GDPR in 2016.',
      ['authority:european-parliament -> certification:gdpr'],
    ],
    ['hipaa', 'Congress passed HIPAA in 1996.', ['authority:congress -> certification:hipaa']],
    ['hipaa', 'In 1996 the U.S. Congress unanimously passed HIPAA.', ['authority:congress -> certification:hipaa']],
  ])('%s: %s', (slug, body, expected) => {
    expect(published(slug, body)).toEqual(expected);
  });

  it.each([
    ['gdpr', 'The GDPR passed the European Parliament in 2016.'],
    ['gdpr', 'The European Parliament debated the GDPR before the vote passed.'],
    ['c5', 'The ISO passed ISO/IEC 27017 to its national members for comment.'],
    ['hipaa', 'Microsoft passed the HIPAA readiness review in 2019.'],
    ['hipaa', 'Congress has not passed a successor to HIPAA.'],
  ])('%s: gives nothing for "%s"', (slug, body) => {
    expect(published(slug, body)).toEqual([]);
  });
});

describe('a legislature named by its bare head word', () => {
  it('is a body of its own, found wherever it is named', () => {
    const facts = readSlug('en-US', 'hipaa', 'HIPAA is a federal law. Congress later amended it with the HITECH Act.');
    expect(facts.nodes.find((n) => n.id === 'authority:congress')?.properties.name).toBe('Congress');
  });

  it('is not read from a lower-case common noun or a longer name', () => {
    const common = readSlug('en-US', 'hipaa', 'Each parliament passed HIPAA-like rules.');
    expect(common.nodes.some((n) => n.id.startsWith('authority:parliament'))).toBe(false);
    const longer = readSlug('en-US', 'hipaa', 'The Congress Centre hosted a HIPAA conference.');
    expect(longer.nodes.some((n) => n.id === 'authority:congress')).toBe(false);
  });
});
