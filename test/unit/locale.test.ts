import { describe, expect, it } from 'vitest';
import { langOf, localeFromPath, localeFromScript, normalizeLocale } from '../../src/ingest/locale.ts';

describe('locale', () => {
  it('normalizes tags', () => {
    expect(normalizeLocale('ja-jp')).toBe('ja-JP');
    expect(normalizeLocale('zh_hant_tw')).toBe('zh-Hant-TW');
    expect(normalizeLocale('not a locale')).toBeNull();
  });

  it('maps locales to name keys', () => {
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('zh-CN')).toBe('zh-CN');
    expect(langOf('zh-TW')).toBe('zh-TW');
    expect(langOf('zh-Hant')).toBe('zh-TW');
    expect(langOf('pt-BR')).toBe('pt');
  });

  it('finds a locale folder in a path', () => {
    expect(localeFromPath('de-de/offering-c5.md')).toBe('de-DE');
    expect(localeFromPath('offering-c5.md')).toBeNull();
  });

  it('guesses from the script and stopwords', () => {
    expect(
      localeFromScript(
        'クラウド セキュリティ マークは、日本初のセキュリティ基準であり、ISO/IEC 27017 に基づいています。',
      ),
    ).toBe('ja-JP');
    expect(
      localeFromScript('클라우드 보안 인증은 한국인터넷진흥원이 운영하는 제도입니다. 인증 유효 기간은 3년입니다.'),
    ).toBe('ko-KR');
    expect(
      localeFromScript('云安全标志是日本第一个面向云服务提供商的安全标准，它基于国际标准。这个认证由协会发布。'),
    ).toBe('zh-CN');
    expect(
      localeFromScript(
        '雲端安全標章是日本第一個針對雲端服務提供者的安全標準，這個認證由協會發布，它們與國際標準相關。',
      ),
    ).toBe('zh-TW');
    expect(
      localeFromScript(
        'Der Katalog wird von dem Bundesamt veröffentlicht und ist für die Cloud-Anbieter in Deutschland.',
      ),
    ).toBe('de-DE');
    expect(
      localeFromScript(
        'Le catalogue est publié par le BSI et les fournisseurs de cloud doivent le respecter pour la conformité.',
      ),
    ).toBe('fr-FR');
    expect(localeFromScript('The scheme is operated by the association and is based on the standard.')).toBe('en-US');
  });
});
