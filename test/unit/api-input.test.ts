import { describe, expect, it } from 'vitest';
import { buildLuceneQuery } from '../../src/graph/search-store.ts';
import { decodeGlobalId, encodeGlobalId, typenameOfId } from '../../src/schema/global-id.ts';
import { pageSize } from '../../src/schema/limits.ts';

describe('global ids', () => {
  it('are the graph ids, typed by their prefix', () => {
    expect(encodeGlobalId('Certification', 'certification:cs-gold-mark')).toBe('certification:cs-gold-mark');
    expect(decodeGlobalId('authority:jasa')).toEqual({ typename: 'Authority', id: 'authority:jasa' });
    expect(decodeGlobalId('article:ja-jp/offering-cs-gold-mark.md').typename).toBe('Article');
    expect(typenameOfId('lexicon:content/lexicon/authorities.yaml')).toBe('Article');
    expect(typenameOfId('jurisdiction:jp')).toBe('Jurisdiction');
  });

  it('refuses unknown prefixes and overlong ids with BAD_USER_INPUT', () => {
    for (const bad of ['jasa', 'user:1', '', `authority:${'x'.repeat(600)}`]) {
      expect(() => decodeGlobalId(bad)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
  });
});

describe('buildLuceneQuery', () => {
  it('escapes every Lucene special character and neutralises operators', () => {
    expect(buildLuceneQuery('ISO/IEC 27017')).toBe('ISO\\/IEC 27017');
    expect(buildLuceneQuery('a+b -c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o')).toBe(
      'a\\+b \\-c d \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o',
    );
    expect(buildLuceneQuery('cloud AND security OR NOT x')).toBe('cloud and security or not x');
  });

  it('keeps Japanese and Chinese text and normalizes full-width forms', () => {
    expect(buildLuceneQuery('クラウド　セキュリティ')).toBe('クラウド セキュリティ');
    expect(buildLuceneQuery('ＩＳＯ／ＩＥＣ')).toBe('ISO\\/IEC');
    expect(buildLuceneQuery('  ((  ')).toBe('');
  });
});

describe('pageSize', () => {
  it('defaults to 20 and caps at 100', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: 5 })).toBe(5);
    expect(pageSize({ first: 1000 })).toBe(100);
    expect(pageSize({ last: 7 })).toBe(7);
  });
});
