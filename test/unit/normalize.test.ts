import { describe, expect, it } from 'vitest';
import { lookupKeys, normalizeKey } from '../../src/ingest/normalize.ts';

describe('normalizeKey', () => {
  it('is case-, width- and punctuation-insensitive', () => {
    const k = normalizeKey('ISO/IEC 27017');
    expect(normalizeKey('iso/iec 27017')).toBe(k);
    expect(normalizeKey('ＩＳＯ／ＩＥＣ　２７０１７')).toBe(k);
    expect(normalizeKey('ISO-IEC-27017')).toBe(k);
    expect(normalizeKey('CS ゴールド マーク')).toBe(normalizeKey('CSゴールドマーク'));
  });
});

describe('lookupKeys', () => {
  it('adds the short ISO form and drops edition years', () => {
    const keys = lookupKeys('ISO/IEC 27017:2015');
    expect(keys).toContain(normalizeKey('ISO/IEC 27017'));
    expect(keys).toContain(normalizeKey('ISO 27017'));
    expect(keys).toContain(normalizeKey('ISO/IEC 27017:2015'));
  });

  it('keeps plain names as one key', () => {
    expect(lookupKeys('Japan Information Security Audit Association')).toEqual([
      'japaninformationsecurityauditassociation',
    ]);
  });
});
