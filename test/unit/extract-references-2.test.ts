import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

/** An invented offering the lexicon does not know, in one locale, with one overview paragraph. */
const zcas = (locale: string, body: string, title = 'Zork Cloud Assurance Scheme (ZCAS)') =>
  extract(
    `${locale.toLowerCase()}/offering-zcas.md`,
    article(locale, title, `# ${title}\n\n## <a name="overview"></a>Overview\n\n${body}\n`),
  );

describe('a generic document noun refers to the standard named before it', () => {
  it('reads "The catalogue" as the one standard the sentence before named, not the scheme', () => {
    const f = zcas(
      'en-US',
      'ZCAS certifies cloud providers against the Zork Control Catalogue (ZCC). The catalogue is published by the Federal Office for Information Security (BSI).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:bsi -> standard:zcc']);
  });

  it('reads "The reference document" and "This catalog of controls" the same way', () => {
    for (const second of [
      'The reference document is issued by the National Institute of Standards and Technology (NIST).',
      'This catalog of security controls is published by the National Institute of Standards and Technology (NIST).',
    ]) {
      const f = zcas('en-US', `ZCAS audits are based on ISO/IEC 27017. ${second}`);
      expect(rels(f, 'PUBLISHES'), second).toEqual(['authority:nist -> standard:iso-iec-27017']);
    }
  });

  it('reads the noun as the scheme whose own name it is part of ("The catalogue" of a catalogue)', () => {
    const f = zcas(
      'en-US',
      'ZCC is based on ISO/IEC 27001. The catalogue also draws on ISO/IEC 27017.',
      'Zork Criteria Catalogue (ZCC)',
    );
    expect(rels(f, 'BASED_ON')).toContain('certification:zcas -> standard:iso-iec-27017');
    expect(rels(f, 'BASED_ON')).not.toContain('standard:iso-iec-27001 -> standard:iso-iec-27017');
  });

  it('picks, of two standards named before, the one the noun names', () => {
    const f = zcas(
      'en-US',
      'ZCAS combines ISO/IEC 27001 with the Zork Security Requirements (ZSR). The requirements are published by the Federal Office for Information Security (BSI).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:bsi -> standard:zsr']);
  });

  it('reads nothing when two standards fit, or when only an authority or nothing came before', () => {
    for (const body of [
      'ZCAS combines ISO/IEC 27001 and ISO/IEC 27017. The requirements are published by the International Organization for Standardization (ISO).',
      'The Federal Office for Information Security (BSI) is a federal agency. The requirements are published by the BSI.',
      'ZCAS certifies cloud providers. The requirements are published by the Federal Office for Information Security (BSI).',
    ]) {
      const f = zcas('en-US', body);
      expect(rels(f, 'PUBLISHES'), body).toEqual([]);
    }
  });

  it('leaves a noun that names its own scheme ("The ISO/IEC 27017 guidelines …") to that name', () => {
    const f = zcas(
      'en-US',
      'ZCAS audits are based on the Zork Control Catalogue (ZCC). The ISO/IEC 27017 guidelines are published by the International Organization for Standardization (ISO).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(['authority:iso -> standard:iso-iec-27017']);
  });

  it('does not carry the standard into another paragraph', () => {
    const f = zcas(
      'en-US',
      'ZCAS certifies cloud providers against the Zork Control Catalogue (ZCC).\n\nThe requirements are published by the Federal Office for Information Security (BSI).',
    );
    expect(rels(f, 'PUBLISHES')).toEqual([]);
  });

  it('reads the German, Chinese and Japanese nouns', () => {
    const de = zcas(
      'de-DE',
      'ZCAS prüft Anbieter anhand des Zork Control Catalogue (ZCC). Der Katalog wird vom Bundesamt für Sicherheit in der Informationstechnik (BSI) herausgegeben.',
    );
    expect(rels(de, 'PUBLISHES')).toEqual(['authority:bsi -> standard:zcc']);
    const zh = zcas('zh-CN', 'ZCAS 依据 ISO/IEC 27017 评估云服务商。该要求由国际标准化组织 (ISO) 发布。');
    expect(rels(zh, 'PUBLISHES')).toEqual(['authority:iso -> standard:iso-iec-27017']);
    const ja = zcas(
      'ja-JP',
      'ZCAS は ISO/IEC 27017 に基づく制度です。本ガイドラインは国際標準化機構 (ISO) が策定しました。',
    );
    expect(rels(ja, 'PUBLISHES')).toEqual(['authority:iso -> standard:iso-iec-27017']);
  });
});

describe("a bracketed title that writes the offering's own title names the offering", () => {
  const kumo = (body: string) =>
    extract(
      'ja-jp/offering-kumo.md',
      article(
        'ja-JP',
        'クラウド セキュリティ 評価基準 (日本)',
        `# クラウド セキュリティ 評価基準\n\n## 概要\n\n${body}\n`,
      ),
    );

  it('resolves the title written with a middle dot to the described certification', () => {
    const f = kumo('「クラウド・セキュリティ評価基準」は ISO/IEC 27017 に基づいています。');
    expect(rels(f, 'BASED_ON')).toEqual(['certification:kumo -> standard:iso-iec-27017']);
    expect(f.nodes.filter((n) => n.id.startsWith('standard:')).map((n) => n.id)).toEqual(['standard:iso-iec-27017']);
  });

  it('resolves the title without its qualifier to the described certification', () => {
    const f = kumo('「クラウドセキュリティ評価基準」は ISO/IEC 27017 に基づいています。');
    expect(rels(f, 'BASED_ON')).toEqual(['certification:kumo -> standard:iso-iec-27017']);
  });

  it('does not give the offering the name of a longer title that holds its name', () => {
    const f = kumo('「クラウドセキュリティ評価基準解説ガイドライン」は ISO/IEC 27017 を参照しています。');
    const names = f.nodes.find((n) => n.id === 'certification:kumo')?.properties.names;
    expect(JSON.stringify(names ?? [])).not.toContain('解説ガイドライン');
  });
});

describe('a bare tier label names the tier of the described scheme', () => {
  it('reads "Stufe 3" as the scheme\'s level 3 when the article lists that tier', () => {
    const f = zcas(
      'de-DE',
      'ZCAS kennt drei Stufen: ZCAS Stufe 1, ZCAS Stufe 2 und ZCAS Stufe 3. Stufe 3 basiert auf NIST SP 800-172.',
    );
    expect(rels(f, 'BASED_ON')).toEqual(['certification:zcas-level-3 -> standard:nist-sp-800-172']);
  });

  it('reads "Level 2" in English the same way', () => {
    const f = zcas(
      'en-US',
      'ZCAS has three levels: Level 1, Level 2 and Level 3. Level 2 is based on NIST SP 800-171.',
    );
    expect(rels(f, 'BASED_ON')).toEqual(['certification:zcas-level-2 -> standard:nist-sp-800-171']);
  });
});
