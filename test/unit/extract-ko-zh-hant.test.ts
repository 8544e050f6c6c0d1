/**
 * Relation extraction in Korean and Traditional Chinese: each case is one sentence (or two, for
 * references) of that language with the relations it states, and the negative cases (negation,
 * questions, "under the law", the wrong direction) with none.
 */
import { type Case, describeRelationCases, S27002, S27017, S27018 } from '../helpers/relation-cases.ts';

const KOREAN: Case[] = [
  ['c5', 'ISO/IEC 27017은 ISO/IEC 27002를 기반으로 합니다.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27018은 ISO/IEC 27002를 기반으로 한 표준입니다.', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27002를 기반으로 한 ISO/IEC 27017은 클라우드 보안 표준입니다.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`],
  ],
  ['c5', 'ISO/IEC 27017은 ISO/IEC 27002에 기반하고 있습니다.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27002는 ISO/IEC 27017과 ISO/IEC 27018의 기반이 됩니다.',
    'BASED_ON',
    [`${S27017} -> ${S27002}`, `${S27018} -> ${S27002}`],
  ],
  ['c5', 'ISO/IEC 27017의 기반이 되는 ISO/IEC 27002는 실천 규범입니다.', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'C5 감사는 ISAE 3000에 따라 수행됩니다.', 'BASED_ON', ['certification:c5 -> standard:isae-3000']],
  [
    'c5',
    'ISO/IEC 27017은 ISO와 IEC가 공동으로 발행한 표준입니다.',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  ['c5', 'ISO는 2015년에 ISO/IEC 27017을 발행했습니다.', 'PUBLISHES', [`authority:iso -> ${S27017}`]],
  ['k-isms', 'K-ISMS는 한국인터넷진흥원(KISA)이 운영합니다.', 'ACCREDITS', ['authority:kisa -> certification:k-isms']],
  ['c5', 'KISA에서 운영하는 ISMS-P는 국내 인증 제도입니다.', 'ACCREDITS', ['authority:kisa -> certification:isms-p']],
  ['c5', 'ISMS-P는 KISA에 의해 인증됩니다.', 'ACCREDITS', ['authority:kisa -> certification:isms-p']],
  [
    'c5',
    'KISA는 K-ISMS와 ISMS-P를 운영합니다.',
    'ACCREDITS',
    ['authority:kisa -> certification:isms-p', 'authority:kisa -> certification:k-isms'],
  ],
  [
    'c5',
    'ISMS-P는 과학기술정보통신부와 개인정보보호위원회(PIPC)가 공동으로 감독합니다.',
    'REGULATES',
    ['authority:msit -> certification:isms-p', 'authority:pipc -> certification:isms-p'],
  ],
  [
    'pci-dss',
    'PCI SSC는 2006년 American Express, Discover, JCB, Mastercard 및 Visa가 설립했습니다.',
    'ESTABLISHED_BY',
    ['american-express', 'discover', 'jcb', 'mastercard', 'visa'].map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  ['c5', 'CS Gold Mark는 CS Mark의 한 등급입니다.', 'PART_OF', ['certification:cs-gold-mark -> certification:cs-mark']],
  // References: "이 표준", and a sentence without a topic that leans on the one before.
  [
    'c5',
    'ISO/IEC 27018은 ISO/IEC 27002의 확장입니다. 이 표준은 ISO가 발행했습니다.',
    'PUBLISHES',
    [`authority:iso -> ${S27018}`],
  ],
  [
    'c5',
    'ISMS-P는 국내 인증 제도입니다. 2018년부터 KISA가 운영합니다.',
    'ACCREDITS',
    ['authority:kisa -> certification:isms-p'],
  ],
  ['c5', 'ISO/IEC 27017은 ISO/IEC 27001을 기반으로 하지 않습니다.', 'BASED_ON', []],
  ['k-isms', 'K-ISMS는 ISO가 운영하지 않습니다.', 'ACCREDITS', []],
  ['k-isms', 'K-ISMS는 KISA가 운영합니까?', 'ACCREDITS', []],
  ['k-isms', 'K-ISMS는 관련 법령에 근거하여 GDPR 등을 고려합니다.', 'BASED_ON', []],
  ['k-isms', 'Microsoft Azure는 KISA로부터 K-ISMS 인증을 받았습니다.', 'ACCREDITS', []],
];

const TRADITIONAL_CHINESE: Case[] = [
  ['c5', 'ISO/IEC 27017 基於 ISO/IEC 27002。', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27017 係依據 ISO/IEC 27002 所制定。', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27018 建立在 ISO/IEC 27002 之上。', 'BASED_ON', [`${S27018} -> ${S27002}`]],
  ['c5', 'ISO/IEC 27002 是 ISO/IEC 27017 的基礎。', 'BASED_ON', [`${S27017} -> ${S27002}`]],
  [
    'c5',
    'ISO/IEC 27017 由國際標準化組織 (ISO) 與國際電工委員會 (IEC) 共同發行。',
    'PUBLISHES',
    [`authority:iec -> ${S27017}`, `authority:iso -> ${S27017}`],
  ],
  ['c5', 'ISO 於 2014 年發行 ISO/IEC 27018。', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', '由 ISO 訂定的 ISO/IEC 27018 延伸了 ISO/IEC 27002。', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  [
    'pci-dss',
    'PCI DSS 由 PCI 安全標準委員會 (PCI SSC) 管理。',
    'ACCREDITS',
    ['authority:pci-ssc -> certification:pci-dss'],
  ],
  ['c5', 'ISMS-P 的主管機關為 PIPC。', 'REGULATES', ['authority:pipc -> certification:isms-p']],
  [
    'pci-dss',
    'PCI SSC 於 2006 年由 American Express、Discover、JCB、Mastercard 與 Visa 五大支付品牌共同成立。',
    'ESTABLISHED_BY',
    ['american-express', 'discover', 'jcb', 'mastercard', 'visa'].map((b) => `authority:pci-ssc -> authority:${b}`),
  ],
  ['c5', 'ISO/IEC 27018 延伸了 ISO/IEC 27002。該標準由 ISO 發布。', 'PUBLISHES', [`authority:iso -> ${S27018}`]],
  ['c5', 'ISO/IEC 27017 並非由 PCI SSC 發行。', 'PUBLISHES', []],
  ['c5', 'ISO/IEC 27017 是否基於 ISO/IEC 27001？', 'BASED_ON', []],
];

const LANGS: Array<[string, string, Case[]]> = [
  ['Korean', 'ko-KR', KOREAN],
  ['Traditional Chinese', 'zh-TW', TRADITIONAL_CHINESE],
];

describeRelationCases(LANGS);
