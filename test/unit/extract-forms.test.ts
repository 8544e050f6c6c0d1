import { describe, expect, it } from 'vitest';
import { readOverview as read, rels } from '../helpers/extract.ts';

const based = (f: ReturnType<typeof read>) => rels(f, 'BASED_ON').sort();

describe('the base named first, with the schemes derived from it after it', () => {
  const derived = [
    'certification:iso-27018 -> certification:iso-27001',
    'certification:iso-27701 -> certification:iso-27001',
  ];

  it('reads "sert de socle à", "是…的基础" and "の基盤にもなっています" with a list', () => {
    const fr = read(
      'fr-fr/offering-iso-27001.md',
      'fr-FR',
      'ISO/IEC 27001',
      'La certification ISO/IEC 27001 sert également de socle aux certifications ISO/IEC 27018 et ISO/IEC 27701.',
    );
    const zh = read(
      'zh-cn/offering-iso-27001.md',
      'zh-CN',
      'ISO/IEC 27001',
      'ISO/IEC 27001 认证也是 ISO/IEC 27018 和 ISO/IEC 27701 等认证的基础。',
    );
    const ja = read(
      'ja-jp/offering-iso-27001.md',
      'ja-JP',
      'ISO/IEC 27001',
      'ISO/IEC 27001 認証は、ISO/IEC 27018、ISO/IEC 27701 などの認証の基盤にもなっています。',
    );
    for (const f of [fr, zh, ja]) expect(based(f)).toEqual(expect.arrayContaining(derived));
  });

  it('reads "在 X 的基础上" as building on X', () => {
    const zh = read(
      'zh-cn/offering-gdpr.md',
      'zh-CN',
      'GDPR',
      'ISO/IEC 27701 在 ISO/IEC 27001 的基础上增加了隐私要求。',
    );
    expect(based(zh)).toContain('standard:iso-iec-27701 -> standard:iso-iec-27001');
  });

  it('not when denied, asked, or when the base is only the topic of a relative clause', () => {
    const zh = read(
      'zh-cn/offering-iso-27001.md',
      'zh-CN',
      'ISO/IEC 27001',
      'ISO/IEC 27001 认证不是 ISO/IEC 27018 认证的基础。',
    );
    const fr = read(
      'fr-fr/offering-iso-27001.md',
      'fr-FR',
      'ISO/IEC 27001',
      'La certification ISO/IEC 27001 ne sert pas de socle à la certification ISO/IEC 27018.',
    );
    const ja = read(
      'ja-jp/offering-iso-27001.md',
      'ja-JP',
      'ISO/IEC 27001',
      'ISO/IEC 27001 認証は ISO/IEC 27018 認証の土台にもなっていますか?',
    );
    for (const f of [zh, fr, ja]) expect(based(f)).not.toContain('certification:iso-27018 -> certification:iso-27001');
  });
});

describe('a plural opening refers to the two names of the sentence before', () => {
  const QUESTION: Record<string, string> = {
    en: '**What do ISO/IEC 27017 and ISO/IEC 27701 have in common?**',
    de: '**Was verbindet ISO/IEC 27017 mit ISO/IEC 27701?**',
    fr: '**Quel est le point commun entre ISO/IEC 27017 et ISO/IEC 27701 ?**',
    zh: '**ISO/IEC 27017 和 ISO/IEC 27701 有什么共同点？**',
    ja: '**ISO/IEC 27017 と ISO/IEC 27701 の共通点は何ですか?**',
  };
  const both = ['standard:iso-iec-27017 -> standard:iso-iec-27002', 'standard:iso-iec-27701 -> standard:iso-iec-27002'];

  it.each([
    ['en-us', 'en-US', 'en', 'Both build on ISO/IEC 27002.'],
    ['de-de', 'de-DE', 'de', 'Beide beruhen auf ISO/IEC 27002.'],
    ['fr-fr', 'fr-FR', 'fr', 'Les deux normes reposent sur ISO/IEC 27002.'],
    ['fr-fr', 'fr-FR', 'fr', "Ces deux normes s'appuient sur ISO/IEC 27002."],
    ['zh-cn', 'zh-CN', 'zh', '两者都以 ISO/IEC 27002 为基础。'],
    ['ja-jp', 'ja-JP', 'ja', 'どちらも ISO/IEC 27002 を基礎としています。'],
  ])('links both names of a question to the answer (%s)', (dir, locale, lang, answer) => {
    const f = read(`${dir}/offering-iso-27018.md`, locale, 'ISO/IEC 27018', QUESTION[lang] as string, answer);
    expect(based(f)).toEqual(expect.arrayContaining(both));
  });

  it('not when the sentence before names three entities or entities of different kinds, or is not right before', () => {
    const three = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      '**How do ISO/IEC 27017, ISO/IEC 27701 and ISO 22301 differ?**',
      'Both build on ISO/IEC 27002.',
    );
    const kinds = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      '**How does ISO/IEC 27017 relate to the ISO?**',
      'Both build on ISO/IEC 27002.',
    );
    const far = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      '**What do ISO/IEC 27017 and ISO/IEC 27701 have in common?**',
      'They are codes of practice. Both build on ISO/IEC 27002.',
    );
    for (const f of [three, kinds, far])
      expect(based(f)).not.toContain('standard:iso-iec-27701 -> standard:iso-iec-27002');
  });

  it('not when the answer denies it', () => {
    const f = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      QUESTION.en as string,
      'Neither is based on ISO 22301.',
    );
    expect(based(f)).not.toContain('standard:iso-iec-27701 -> standard:iso-22301');
  });
});

describe('a national adoption of a standard', () => {
  it.each([
    ['de-de', 'de-DE', 'JIS Q 27002 ist die nationale Übernahme der ISO/IEC 27002.'],
    ['fr-fr', 'fr-FR', "JIS Q 27002 est la version nationale de l'ISO/IEC 27002."],
    ['zh-cn', 'zh-CN', 'JIS Q 27002 是 ISO/IEC 27002 的国家采用版本。'],
    ['ja-jp', 'ja-JP', 'JIS Q 27002 は ISO/IEC 27002 の国内版です。'],
  ])('is based on it (%s)', (dir, locale, sentence) => {
    const f = read(`${dir}/offering-ismap.md`, locale, 'ISMAP', sentence);
    expect(based(f)).toContain('standard:jis-q-27002 -> standard:iso-iec-27002');
  });

  it('not an adoption without "national" (a law being adopted)', () => {
    const f = read(
      'fr-fr/offering-iso-27017.md',
      'fr-FR',
      'ISO/IEC 27017',
      "Depuis l'adoption de l'ISO/IEC 27002, ISO/IEC 27017 a été publiée.",
    );
    expect(based(f)).not.toContain('standard:iso-iec-27017 -> standard:iso-iec-27002');
  });
});

describe('assessed with a certification as an extension of its management system', () => {
  const edge = 'certification:iso-27018 -> certification:iso-27001';
  it.each([
    [
      'en-us',
      'en-US',
      'ISO/IEC 27018 is usually audited together with an ISO/IEC 27001 certification as an extension of the certified management system.',
    ],
    [
      'de-de',
      'de-DE',
      'ISO/IEC 27018 wird gemeinsam mit einer Zertifizierung nach ISO/IEC 27001 als Erweiterung des zertifizierten Managementsystems geprüft.',
    ],
    [
      'fr-fr',
      'fr-FR',
      'ISO/IEC 27018 est évaluée avec une certification ISO/IEC 27001, comme extension du système de management certifié.',
    ],
    ['zh-cn', 'zh-CN', 'ISO/IEC 27018 通常与 ISO/IEC 27001 认证一并审核，作为该管理体系的扩展。'],
    [
      'ja-jp',
      'ja-JP',
      'ISO/IEC 27018 は、通常 ISO/IEC 27001 認証と組み合わせ、同じマネジメントシステムの拡張として審査されます。',
    ],
  ])('is based on that certification (%s)', (dir, locale, sentence) => {
    expect(based(read(`${dir}/offering-iso-27018.md`, locale, 'ISO/IEC 27018', sentence))).toContain(edge);
  });

  it('not when only assessed alongside it, nor in a question', () => {
    const alongside = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'ISO/IEC 27018 is often audited together with an ISO/IEC 27001 certification.',
    );
    const question = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'Is ISO/IEC 27018 audited together with an ISO/IEC 27001 certification as an extension of its management system?',
    );
    for (const f of [alongside, question]) expect(based(f)).not.toContain(edge);
  });

  it('reads "the underlying" certificate as the base, unless denied', () => {
    const yes = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'ISO/IEC 27018 certificates are issued with the underlying ISO/IEC 27001 certificate.',
    );
    const no = read(
      'en-us/offering-iso-27018.md',
      'en-US',
      'ISO/IEC 27018',
      'ISO/IEC 27018 certificates do not replace the underlying ISO/IEC 27001 certificate.',
    );
    expect(based(yes)).toContain(edge);
    expect(based(no)).not.toContain(edge);
  });
});

describe('a German participle put first', () => {
  it('reads the agent after "von" and the patient named or referred to between', () => {
    const named = read(
      'de-de/offering-iso-22301.md',
      'de-DE',
      'ISO 22301',
      'Herausgegeben wird ISO 22301 von der ISO.',
    );
    expect(rels(named, 'PUBLISHES')).toContain('authority:iso -> standard:iso-22301');
    const self = read(
      'de-de/offering-fedramp.md',
      'de-DE',
      'FedRAMP',
      'Verwaltet wird das Programm von der General Services Administration (GSA).',
    );
    expect(rels(self, 'ACCREDITS')).toContain('authority:gsa -> certification:fedramp');
  });

  it('not when denied or when the participle does not open the sentence', () => {
    const denied = read(
      'de-de/offering-soc-2.md',
      'de-DE',
      'SOC 2',
      'Entwickelt wurde das Rahmenwerk nicht vom American Institute of Certified Public Accountants (AICPA).',
    );
    const inner = read(
      'de-de/offering-soc-2.md',
      'de-DE',
      'SOC 2',
      'Im Jahr 2010 entwickelt wurde der Bericht für Kunden des American Institute of Certified Public Accountants (AICPA).',
    );
    for (const f of [denied, inner])
      expect(rels(f, 'PUBLISHES')).not.toContain('authority:aicpa -> certification:soc-2');
  });
});

describe('Chinese agent phrases before the noun they describe', () => {
  it('reads "由 X 发布的 Y" and "X 于 2019 年发布的 Y"', () => {
    const by = read(
      'zh-cn/offering-fedramp.md',
      'zh-CN',
      'FedRAMP',
      '影响级别取自由 NIST 发布的 FIPS 199 安全分类标准。',
    );
    expect(rels(by, 'PUBLISHES')).toContain('authority:nist -> standard:fips-199');
    const year = read('zh-cn/offering-gdpr.md', 'zh-CN', 'GDPR', '隐私控制可参考 ISO 于 2019 年发布的 ISO/IEC 27701。');
    expect(rels(year, 'PUBLISHES')).toContain('authority:iso -> standard:iso-iec-27701');
  });

  it('not when the noun after "的" is not a name', () => {
    const f = read('zh-cn/offering-fedramp.md', 'zh-CN', 'FedRAMP', '由 NIST 发布的指南中也提到了 FIPS 199。');
    expect(rels(f, 'PUBLISHES')).not.toContain('authority:nist -> standard:fips-199');
  });
});

describe('Japanese role nouns as topic, and an issuer with what it issued named "as"', () => {
  it('reads "プログラムの管理は…が担っています" and "規格の策定は…が行っています"', () => {
    const run = read(
      'ja-jp/offering-fedramp.md',
      'ja-JP',
      'FedRAMP',
      'プログラムの管理は、FedRAMP プログラム管理オフィス (PMO) が担っています。',
    );
    expect(rels(run, 'ACCREDITS')).toContain('authority:fedramp-pmo -> certification:fedramp');
    const drafted = read(
      'ja-jp/offering-iso-22301.md',
      'ja-JP',
      'ISO 22301',
      '規格の策定は、ISO/TC 292 が行っています。',
    );
    expect(rels(drafted, 'PUBLISHES')).toContain('authority:iso-tc-292 -> standard:iso-22301');
  });

  it('reads "X からも Y として公開"', () => {
    const f = read(
      'ja-jp/offering-iso-27017.md',
      'ja-JP',
      'ISO/IEC 27017',
      '同じ文書は ITU からも ITU-T X.1631 として公開されています。',
    );
    expect(rels(f, 'PUBLISHES')).toContain('authority:itu -> standard:itu-t-x-1631');
  });

  it('not when denied', () => {
    const f = read('ja-jp/offering-iso-22301.md', 'ja-JP', 'ISO 22301', '規格の策定は、ISO/TC 292 が行っていません。');
    expect(rels(f, 'PUBLISHES')).not.toContain('authority:iso-tc-292 -> standard:iso-22301');
  });
});
