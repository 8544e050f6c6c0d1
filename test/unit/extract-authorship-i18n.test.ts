/**
 * Who runs or issues a document, outside English: Chinese "组织实施" (organises the implementation of)
 * read like "负责实施"; look-alikes (an organisation's name ending in 组织, an organiser of something
 * else, negation) give nothing.
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
