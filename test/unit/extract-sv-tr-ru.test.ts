/**
 * Relation extraction in Swedish, Turkish and Russian: each case is one sentence (or two, for
 * references) of that language with the relations it states, and sentences that only look alike
 * (negation, a question, a body as the object, an agent of a nested clause) with none. Bodies named
 * "Full Name (ACR)" with a head word of the language are discovered (Cyrillic acronyms included);
 * tiers are read by the language's level and impact words.
 */
import { describe, expect, it } from 'vitest';
import { readSlug as facts } from '../helpers/extract.ts';
import {
  type Case,
  describeRelationCases,
  readRelations as read,
  S27002,
  S27017,
  S27018,
} from '../helpers/relation-cases.ts';

const BRANDS = ['american-express', 'discover', 'jcb', 'mastercard', 'visa'].map(
  (b) => `authority:pci-ssc -> authority:${b}`,
);
const BOTH_27017 = [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`];
const DERIVED = [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`];
const GOLD = 'certification:cs-gold-mark -> certification:cs-mark';

const SWEDISH: Case[] = [
  ['c5', 'ISO/IEC 27017 bygger på ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'Standarden ISO/IEC 27018 är baserad på ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27002 ligger till grund för ISO/IEC 27017 och ISO/IEC 27018.', 'BASED_ON', DERIVED],
  ['c5', 'C5-granskningen genomförs enligt ISAE 3000.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017 publicerades av Internationella standardiseringsorganisationen (ISO) och Internationella elektrotekniska kommissionen (IEC).',
    'PUBLISHES',
    BOTH_27017,
  ],
  ['c5', 'ISO har tagit fram ISO/IEC 27018.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'ISO/IEC 27018, som ISO publicerade 2014, utökar ISO/IEC 27002.', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'K-ISMS fungerar som ISO publicerade ISO/IEC 27017.', 'PUBLISHES', []],
  [
    'rfi',
    'Myndigheten för samhällsskydd och beredskap (MSB) har tagit fram Ramverket för informationssäkerhet (RFI).',
    'PUBLISHES',
    ['authority:msb -> certification:rfi'],
  ],
  ['pci-dss', 'PCI DSS förvaltas av PCI SSC.', 'ACCREDITS', ['authority:pci-ssc -> certification:pci-dss']],
  [
    'gdpr',
    'Integritetsskyddsmyndigheten (IMY) utövar tillsyn över GDPR.',
    'REGULATES',
    ['authority:imy -> certification:gdpr'],
  ],
  ['c5', 'K-ISMS administreras av KISA.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  [
    'pci-dss',
    'PCI SSC grundades 2006 av American Express, Discover, JCB, Mastercard och Visa.',
    'ESTABLISHED_BY',
    BRANDS,
  ],
  ['c5', 'CS Gold Mark är en del av CS Mark.', 'PART_OF', [GOLD]],
  ['c5', 'CS Gold Mark ingår i CS Mark.', 'PART_OF', [GOLD]],
  [
    'c5',
    'ISO/IEC 27018 utökar ISO/IEC 27002. Denna standard publicerades av ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'pci-dss',
    'PCI DSS skyddar kortdata. Den förvaltas av PCI SSC.',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  ['c5', 'ISO/IEC 27017 bygger inte på ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'PCI DSS förvaltas inte av KISA.', 'ACCREDITS', []],
  ['pci-dss', 'Förvaltas PCI DSS av PCI SSC?', 'ACCREDITS', []],
  ['c5', 'Microsoft Azure är certifierad av ett organ som är ackrediterat av BSI.', 'ACCREDITS', []],
  ['c5', 'Kunder kan använda portalen som drivs av ISO.', 'ACCREDITS', []],
];

const TURKISH: Case[] = [
  ['c5', "ISO/IEC 27017, ISO/IEC 27002'ye dayanır.", 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', "ISO/IEC 27018 standardı da ISO/IEC 27002'ye dayanmaktadır.", 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    "ISO/IEC 27002'ye dayanan ISO/IEC 27017, bulut hizmetleri için kontroller sunar.",
    'BASED_ON',
    [`${S27017} -> ${S27002}`],
  ],
  ['c5', "ISO/IEC 27002, ISO/IEC 27017'nin temelini oluşturur.", 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', "C5 denetimi ISAE 3000'e göre gerçekleştirilir.", 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017, Uluslararası Standardizasyon Örgütü (ISO) ve Uluslararası Elektroteknik Komisyonu (IEC) tarafından yayımlanmıştır.',
    'PUBLISHES',
    BOTH_27017,
  ],
  [
    'c5',
    'ISO tarafından 2014 yılında yayımlanan ISO/IEC 27018, kişisel verileri korur.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  ['c5', "ISO, ISO/IEC 27018'i 2014 yılında yayımlamıştır.", 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  [
    'c5',
    "ISO'nun 2014 yılında yayımladığı ISO/IEC 27018, ISO/IEC 27002'yi genişletir.",
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'bsy',
    'Bankacılık Düzenleme ve Denetleme Kurumu (BDDK) tarafından yayımlanan Bilgi Sistemleri Yönetmeliği (BSY), bankalar için geçerlidir.',
    'PUBLISHES',
    ['authority:bddk -> certification:bsy'],
  ],
  [
    'pci-dss',
    'PCI DSS, PCI SSC tarafından yönetilmektedir.',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  [
    'pci-dss',
    'PCI SSC, 2006 yılında American Express, Discover, JCB, Mastercard ve Visa tarafından kurulmuştur.',
    'ESTABLISHED_BY',
    BRANDS,
  ],
  ['c5', "CS Gold Mark, CS Mark'ın bir parçasıdır.", 'PART_OF', [GOLD]],
  [
    'c5',
    "ISO/IEC 27018, ISO/IEC 27002'yi genişletir. Bu standart ISO tarafından yayımlanmıştır.",
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'pci-dss',
    'PCI DSS kart verilerini korur. Bu program PCI SSC tarafından yönetilir.',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  ['c5', "ISO/IEC 27017, ISO/IEC 27001'e dayanmaz.", 'BASED_ON', []],
  ['pci-dss', 'PCI DSS, KISA tarafından yönetilmemektedir.', 'ACCREDITS', []],
  ['pci-dss', 'PCI DSS, PCI SSC tarafından mı yönetilir?', 'ACCREDITS', []],
  ['c5', 'Bu standart ISO/IEC 27001 ile uyumludur ve ISO tarafından yayımlanmıştır.', 'PUBLISHES', []],
  ['c5', 'Microsoft Azure, BSI tarafından akredite edilen bir kuruluş tarafından denetlenmiştir.', 'ACCREDITS', []],
  ['c5', 'Müşteriler ISO tarafından yönetilen portalı kullanabilir.', 'ACCREDITS', []],
];

const RUSSIAN: Case[] = [
  ['c5', 'ISO/IEC 27017 основан на ISO/IEC 27002.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'Стандарт ISO/IEC 27018 также базируется на ISO/IEC 27002.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27002 лежит в основе ISO/IEC 27017 и ISO/IEC 27018.', 'BASED_ON', DERIVED],
  ['c5', 'Аудит C5 проводится в соответствии с ISAE 3000.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017 был опубликован Международной организацией по стандартизации (ISO) и Международной электротехнической комиссией (IEC).',
    'PUBLISHES',
    BOTH_27017,
  ],
  ['c5', 'ISO опубликовала ISO/IEC 27017 в 2015 году.', 'PUBLISHES', [`authority:iso -> ${S27017}`]],
  [
    'c5',
    'ISO/IEC 27018, который разработала ISO, расширяет ISO/IEC 27002.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  ['pci-dss', 'PCI DSS управляется PCI SSC.', 'ACCREDITS', ['authority:pci-ssc -> certification:pci-dss']],
  [
    'pci-dss',
    'PCI SSC был основан в 2006 году компаниями American Express, Discover, JCB, Mastercard и Visa.',
    'ESTABLISHED_BY',
    BRANDS,
  ],
  ['c5', 'CS Gold Mark является частью CS Mark.', 'PART_OF', [GOLD]],
  ['c5', 'CS Gold Mark входит в состав CS Mark.', 'PART_OF', [GOLD]],
  [
    'c5',
    'ISO/IEC 27018 расширяет ISO/IEC 27002. Этот стандарт опубликован ISO.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'pci-dss',
    'PCI DSS защищает данные карт. Он управляется PCI SSC.',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  ['c5', 'ISO/IEC 27017 не основан на ISO/IEC 27001.', 'BASED_ON', []],
  ['pci-dss', 'PCI DSS не управляется KISA.', 'ACCREDITS', []],
  ['pci-dss', 'Управляется ли PCI DSS организацией PCI SSC?', 'ACCREDITS', []],
  ['c5', 'ISO/IEC 27018 разработан на основе ISO/IEC 27002.', 'PUBLISHES', []],
  ['c5', 'Microsoft Azure сертифицирован органом, аккредитованным BSI.', 'ACCREDITS', []],
  ['c5', 'Клиенты могут использовать портал, который поддерживается ISO.', 'PUBLISHES', []],
];

describeRelationCases([
  ['Swedish', 'sv-SE', SWEDISH],
  ['Turkish', 'tr-TR', TURKISH],
  ['Russian', 'ru-RU', RUSSIAN],
]);

describe('discovered bodies and tiers in Swedish, Turkish and Russian', () => {
  it('discovers bodies by their head words, Cyrillic acronyms included', () => {
    const ids = (locale: string, body: string) => facts(locale, 'c5', body).nodes.map((n) => n.id);
    expect(ids('tr-TR', 'Kişisel Verileri Koruma Kurumu (KVKK) ve Türk Standardları Enstitüsü (TSE).')).toEqual(
      expect.arrayContaining(['authority:kvkk', 'authority:tse']),
    );
    expect(ids('ru-RU', 'Федеральная служба по техническому и экспортному контролю (ФСТЭК) ведёт реестр.')).toContain(
      'authority:фстэк',
    );
    expect(ids('sv-SE', 'Svenska institutet för standarder (SIS) ger ut svensk standard.')).toContain('authority:sis');
  });

  it('reads levels and impact words as tiers of the described scheme, not ordinary adjectives', () => {
    const levels = (slug: string) => [1, 2, 3].map((n) => `certification:${slug}-level-${n} -> certification:${slug}`);
    const impacts = (slug: string) =>
      ['high', 'low', 'moderate'].map((t) => `certification:${slug}-${t} -> certification:${slug}`);
    expect(read('sv-SE', 'rfi', 'RFI har tre nivåer: nivå 1, nivå 2 och nivå 3.', 'PART_OF')).toEqual(levels('rfi'));
    expect(read('tr-TR', 'bsy', 'BSY üç seviyeden oluşur: Seviye 1, Seviye 2 ve Seviye 3.', 'PART_OF')).toEqual(
      levels('bsy'),
    );
    expect(
      read('ru-RU', 'gis', 'GIS предусматривает три уровня: уровень 1, уровень 2 и уровень 3.', 'PART_OF'),
    ).toEqual(levels('gis'));
    expect(read('sv-SE', 'rfi', 'RFI skiljer mellan nivåerna låg, medel och hög.', 'PART_OF')).toEqual(impacts('rfi'));
    expect(read('tr-TR', 'bsy', 'BSY düşük, orta ve yüksek olmak üzere üç seviye tanımlar.', 'PART_OF')).toEqual(
      impacts('bsy'),
    );
    expect(read('ru-RU', 'gis', 'Для GIS выделяются уровни значимости: низкий, средний и высокий.', 'PART_OF')).toEqual(
      impacts('gis'),
    );
    expect(read('sv-SE', 'rfi', 'RFI ger en hög skyddsnivå till låg kostnad.', 'PART_OF')).toEqual([]);
    expect(read('tr-TR', 'bsy', 'BSY yüksek güvenlik ve düşük maliyet sağlar.', 'PART_OF')).toEqual([]);
    expect(read('ru-RU', 'gis', 'GIS обеспечивает высокий уровень защиты при низкой стоимости.', 'PART_OF')).toEqual(
      [],
    );
  });
});
