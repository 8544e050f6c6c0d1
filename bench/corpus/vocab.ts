/**
 * Word tables of the synthetic corpus: every entry is given in the five article languages, so one
 * synthetic entity has a name in each (as a curated lexicon entry of the real family would).
 * The words are invented combinations; none names a real body or scheme.
 */

export const LOCALES = ['en', 'ja', 'de', 'fr', 'zh'] as const;
export type Loc = (typeof LOCALES)[number];
export type Words = Record<Loc, string>;

/** Folder, ms.contentlocale and lexicon `names` key of each locale. */
export const LOCALE_INFO: Record<Loc, { dir: string; tag: string; lang: string }> = {
  en: { dir: 'en-us', tag: 'en-US', lang: 'en' },
  ja: { dir: 'ja-jp', tag: 'ja-JP', lang: 'ja' },
  de: { dir: 'de-de', tag: 'de-DE', lang: 'de' },
  fr: { dir: 'fr-fr', tag: 'fr-FR', lang: 'fr' },
  zh: { dir: 'zh-cn', tag: 'zh-CN', lang: 'zh-CN' },
};

const w = (en: string, ja: string, de: string, fr: string, zh: string): Words => ({ en, ja, de, fr, zh });

export interface Country {
  id: string;
  name: Words;
  /** French "in <country>" with the right preposition. */
  frIn: string;
}

export const COUNTRIES: Country[] = [
  { id: 'jp', name: w('Japan', '日本', 'Japan', 'Japon', '日本'), frIn: 'au Japon' },
  { id: 'de', name: w('Germany', 'ドイツ', 'Deutschland', 'Allemagne', '德国'), frIn: 'en Allemagne' },
  { id: 'fr', name: w('France', 'フランス', 'Frankreich', 'France', '法国'), frIn: 'en France' },
  { id: 'sg', name: w('Singapore', 'シンガポール', 'Singapur', 'Singapour', '新加坡'), frIn: 'à Singapour' },
  { id: 'au', name: w('Australia', 'オーストラリア', 'Australien', 'Australie', '澳大利亚'), frIn: 'en Australie' },
  { id: 'ca', name: w('Canada', 'カナダ', 'Kanada', 'Canada', '加拿大'), frIn: 'au Canada' },
  { id: 'br', name: w('Brazil', 'ブラジル', 'Brasilien', 'Brésil', '巴西'), frIn: 'au Brésil' },
  { id: 'in', name: w('India', 'インド', 'Indien', 'Inde', '印度'), frIn: 'en Inde' },
  { id: 'kr', name: w('South Korea', '韓国', 'Südkorea', 'Corée du Sud', '韩国'), frIn: 'en Corée du Sud' },
  { id: 'no', name: w('Norway', 'ノルウェー', 'Norwegen', 'Norvège', '挪威'), frIn: 'en Norvège' },
  { id: 'es', name: w('Spain', 'スペイン', 'Spanien', 'Espagne', '西班牙'), frIn: 'en Espagne' },
  { id: 'it', name: w('Italy', 'イタリア', 'Italien', 'Italie', '意大利'), frIn: 'en Italie' },
];

/** Regions qualifying a body or scheme name; `fr` is an adjective, `de` a noun. */
export const REGIONS: Words[] = [
  w('Nordic', '北欧', 'Nordeuropa', 'nordique', '北欧'),
  w('Baltic', 'バルト', 'Baltikum', 'balte', '波罗的海'),
  w('Alpine', 'アルプス', 'Alpenraum', 'alpin', '阿尔卑斯'),
  w('Pacific', '太平洋', 'Pazifikraum', 'pacifique', '太平洋'),
  w('Atlantic', '大西洋', 'Atlantikraum', 'atlantique', '大西洋'),
  w('Iberian', 'イベリア', 'Iberien', 'ibérique', '伊比利亚'),
  w('Andean', 'アンデス', 'Andenraum', 'andin', '安第斯'),
  w('Caspian', 'カスピ', 'Kaspiraum', 'caspien', '里海'),
  w('Adriatic', 'アドリア', 'Adriaraum', 'adriatique', '亚得里亚'),
  w('Aegean', 'エーゲ', 'Ägäisraum', 'égéen', '爱琴海'),
  w('Celtic', 'ケルト', 'Keltenraum', 'celtique', '凯尔特'),
  w('Danube', 'ドナウ', 'Donauraum', 'danubien', '多瑙河'),
  w('Sahel', 'サヘル', 'Sahelzone', 'sahélien', '萨赫勒'),
  w('Arctic', '北極圏', 'Arktis', 'arctique', '北极'),
  w('Coral', '珊瑚海', 'Korallenmeer', 'corallien', '珊瑚海'),
  w('Tasman', 'タスマン', 'Tasmanraum', 'tasmanien', '塔斯曼'),
];

/** Subjects; `fr` includes its article ("de la …"), `de` is a noun phrase. */
export const TOPICS: Words[] = [
  w('Cloud Security', 'クラウドセキュリティ', 'Cloud-Sicherheit', 'de la sécurité du cloud', '云安全'),
  w('Data Protection', 'データ保護', 'Datenschutz', 'de la protection des données', '数据保护'),
  w('Information Assurance', '情報保証', 'Informationssicherung', "de l'assurance de l'information", '信息保障'),
  w('Cyber Resilience', 'サイバーレジリエンス', 'Cyber-Resilienz', 'de la cyberrésilience', '网络韧性'),
  w('Digital Trust', 'デジタルトラスト', 'digitales Vertrauen', 'de la confiance numérique', '数字信任'),
  w('Service Continuity', 'サービス継続', 'Dienstkontinuität', 'de la continuité des services', '服务连续性'),
  w('Privacy Engineering', 'プライバシー工学', 'Privatsphäre-Technik', "de l'ingénierie de la vie privée", '隐私工程'),
  w('Identity Assurance', 'アイデンティティ保証', 'Identitätssicherung', "de l'assurance de l'identité", '身份保障'),
  w('Network Integrity', 'ネットワーク完全性', 'Netzintegrität', "de l'intégrité des réseaux", '网络完整性'),
  w('Payment Security', '決済セキュリティ', 'Zahlungssicherheit', 'de la sécurité des paiements', '支付安全'),
  w('Health Data', '医療データ', 'Gesundheitsdaten', 'des données de santé', '健康数据'),
  w('Financial Systems', '金融システム', 'Finanzsysteme', 'des systèmes financiers', '金融系统'),
];

/** Head nouns of authority names, with the lexicon `kind`. */
export const AUTHORITY_HEADS: Array<{ words: Words; kind: string }> = [
  { words: w('Council', '評議委員会', 'Rat', 'Conseil', '理事会'), kind: 'association' },
  { words: w('Commission', '委員会', 'Kommission', 'Commission', '委员会'), kind: 'regulator' },
  { words: w('Association', '協会', 'Verband', 'Association', '协会'), kind: 'association' },
  { words: w('Agency', '庁', 'Behörde', 'Agence', '事务局'), kind: 'agency' },
  { words: w('Institute', '研究所', 'Institut', 'Institut', '研究院'), kind: 'standards-body' },
  { words: w('Authority', '機構', 'Aufsicht', 'Autorité', '权威机构'), kind: 'regulator' },
  { words: w('Centre', 'センター', 'Zentrum', 'Centre', '中心'), kind: 'agency' },
  { words: w('Bureau', '局', 'Amt', 'Bureau', '署'), kind: 'government' },
];

/** Sectors narrowing a scheme; the first is "none". */
export const SECTORS: Words[] = [
  w('', '', '', '', ''),
  w('Energy', 'エネルギー', 'Energie', "de l'énergie", '能源'),
  w('Healthcare', 'ヘルスケア', 'Gesundheitswesen', 'de la santé', '医疗'),
  w('Banking', '銀行', 'Bankwesen', 'bancaire', '银行'),
  w('Telecom', '通信', 'Telekommunikation', 'des télécoms', '电信'),
  w('Public Sector', '公共部門', 'öffentlicher Sektor', 'du secteur public', '公共部门'),
  w('Retail', '小売', 'Einzelhandel', 'du commerce', '零售'),
  w('Transport', '運輸', 'Verkehr', 'des transports', '交通'),
  w('Education', '教育', 'Bildung', "de l'éducation", '教育'),
];

/** Head nouns of scheme names, with the lexicon certification `type` and a generic noun. */
export const SCHEME_HEADS: Array<{ words: Words; type: string; noun: Words }> = [
  {
    words: w('Mark', 'マーク', 'Gütesiegel', 'Label', '标志'),
    type: 'certification',
    noun: w('certification mark', '認証マーク', 'Gütesiegel', 'label de certification', '认证标志'),
  },
  {
    words: w('Certification', '認証', 'Zertifizierung', 'Certification', '认证'),
    type: 'certification',
    noun: w('certification', '認証制度', 'Zertifizierung', 'certification', '认证制度'),
  },
  {
    words: w('Scheme', '制度', 'Programm', 'Programme', '计划'),
    type: 'assessment-program',
    noun: w('assessment program', '評価制度', 'Bewertungsprogramm', "programme d'évaluation", '评估计划'),
  },
  {
    words: w('Framework', 'フレームワーク', 'Rahmenwerk', 'Cadre', '框架'),
    type: 'framework',
    noun: w('framework', 'フレームワーク', 'Rahmenwerk', 'cadre', '框架'),
  },
  {
    words: w('Attestation', '証明', 'Testat', 'Attestation', '鉴证'),
    type: 'attestation',
    noun: w('attestation', '証明制度', 'Testat', 'attestation', '鉴证制度'),
  },
];

/** Standard titles: a topic plus one of these. */
export const STANDARD_KINDS = [
  'Controls',
  'Requirements',
  'Guidelines',
  'Code of Practice',
  'Management Systems',
  'Risk Assessment',
];

/** Standard designation families, with their share of the pool. */
export const STANDARD_FAMILIES: Array<{ share: number; make: (n: number) => string }> = [
  { share: 0.5, make: (n) => `ISO/IEC ${50000 + n}` },
  { share: 0.15, make: (n) => `NIST SP 800-${200 + (n % 800)}` },
  { share: 0.15, make: (n) => `JIS Q ${60000 + n}` },
  { share: 0.1, make: (n) => `BS ${70000 + n}` },
  { share: 0.1, make: (n) => `FIPS ${200 + (n % 800)}` },
];

export const SERVICE_BRANDS = [
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Tailspin',
  'Woodgrove',
  'Litware',
  'Adatum',
  'Proseware',
  'Wingtip',
  'Relecloud',
];

export const SERVICE_PRODUCTS = [
  'Data Lake',
  'Edge Gateway',
  'Key Vault',
  'Message Bus',
  'Object Storage',
  'Container Hosting',
  'Identity Hub',
  'Analytics Studio',
  'Backup Vault',
  'Stream Processing',
  'Virtual Desktop',
  'Search Service',
  'Mail Relay',
  'Form Builder',
  'Video Indexer',
  'Device Manager',
  'Ledger Service',
  'Queue Storage',
  'Graph Database',
  'Log Analytics',
  'Load Balancer',
  'DNS Zones',
  'Web Apps',
  'Batch Compute',
  'Bot Platform',
  'Speech Service',
  'Maps Platform',
  'Notification Hub',
  'Time Series Insights',
  'Workflow Engine',
  'Spatial Anchors',
  'File Sync',
  'Data Factory',
  'Firewall Manager',
  'Private Link',
  'Cache Service',
  'Cosmos Tables',
  'Virtual Machines',
  'Kubernetes Service',
  'Sentinel Monitor',
];
