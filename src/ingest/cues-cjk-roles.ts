/**
 * Japanese and Chinese cues for roles stated through a generic noun or a procedure (same
 * shape and reading as the tables in cues.ts):
 * - a cleft sentence whose object is a generic noun for the scheme ("制度を運営しているのは、X です"):
 *   X runs the scheme the sentence refers to ('self');
 * - the criteria of a scheme's examination named as a predicate ("審査の基準は、X です"): the scheme is
 *   based on X ('self');
 * - a standard enacted after a body's deliberation ("X の審議を経て制定された"): X publishes it;
 * - a body set up with another's cooperation ("X の協力のもとで…設立されました"): established by X;
 * - Chinese certification bodies that must be accredited by a body ("驗證機構，須經 X 認證");
 * - Chinese drafting and promulgating verbs ("由 X 组织起草", "X 印发《Y》").
 */
import { type Cue, c } from './cue-pattern.ts';

/** Generic Japanese nouns for the scheme or standard an article is about. */
const JA_SCHEME = '(?:本|この|同|当該)?\\s*(?:制度|認証制度|認定制度|スキーム|プログラム|マーク制度)';
const JA_DOCUMENT = '(?:本|この|同|当該)?\\s*(?:制度|規格|基準|ガイドライン)';

export const JA_ROLES: Cue[] = [
  c('ACCREDITS', `^${JA_SCHEME}を\\s*(?:運営|管理|運用)(?:しているのは|するのは|しているの|するの)`, 'after', 'self'),
  c('PUBLISHES', `^${JA_DOCUMENT}を\\s*(?:策定|発行|制定)(?:しているのは|したのは|するのは)`, 'after', 'self'),
  c('BASED_ON', '^(?:審査|認証|評価|監査|認定)の(?:基準|根拠となる規格)は', 'after', 'self'),
  c('PUBLISHES', 'の(?:審議|審査|承認|議決|答申)を経て\\s*(?:制定|策定|発行|公表|改正)', 'before'),
  // "X の協力のもとで…として設立されました": as "の支援を受けて設立" (cues.ts), the clause's topic was set up.
  c(
    'ESTABLISHED_BY',
    'の(?:協力|支援|後援)の?(?:もと|下)で(?=[^。]{0,40}?(?:設立|創設|設置)(?:され|した))',
    'before',
    'topic',
  ),
];

const ZH_PROMULGATE = '(?:起草|印发|印發|颁布|頒布)';

export const ZH_ROLES: Cue[] = [
  // "核發 X 證書的驗證機構，須經 Y 認證": Y accredits the bodies certifying against X.
  c(
    'ACCREDITS',
    '(?:验证机构|驗證機構|认证机构|認證機構)[，,]?\\s*(?:须|須|需|应|應|必须|必須)?(?:经|經|经过|經過)(?=[^。；，]{1,60}?(?:认证|認證|认可|認可))',
    'after',
    'self',
  ),
  c('PUBLISHES', `由(?=[^。；]{0,40}?${ZH_PROMULGATE})`, 'after'),
  c('PUBLISHES', `(?:联合|聯合|共同)?(?:印发|印發|颁布|頒布)(?:了)?(?=\\s*[《「『])`, 'before', 'after'),
];
