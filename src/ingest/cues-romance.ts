/**
 * Relation cues for Spanish, Italian and Portuguese articles (see cue-pattern.ts for what a cue
 * says). Each language has the same families: passive participles with their agent preposition
 * ("publicada por", "gestito dall'", "credenciado pelo"), active verbs with the agent before ("la
 * ISO publicó", "l'ISO ha pubblicato", "a ISO publicou"), a clitic before the verb with the agent
 * after ("la publica la ISO"), lineage in both directions ("se basa en" / "sirve de base para"),
 * procedures carried out under a standard, and tiers. Prepositions are matched with their
 * contracted articles (del/al, dal/dalla/dall'/sul/sulla, pelo/pela/no/na/do/da). Italian is in
 * cues-it.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';
import { IT } from './cues-it.ts';
import { ES_ROLES, IT_ROLES, PT_ROLES } from './cues-romance-roles.ts';

/** Up to two adverbs or a date between a verb and its preposition: "publicada en 2013 conjuntamente por". */
const GAP = String.raw`(?:[\p{L}\p{N}]+\s+){0,3}?`;
/** The object of "base" that is data, not a scheme: "base de datos", "base de dados". */
const NOT_DATA = String.raw`(?!\s*(?:datos|dados)${E})`;

/** Spanish participle endings (-ado/-ada/-ados/-adas, -ido/…). */
const ES_P = '[oa]s?';
/** The start of a sentence or of a clause after punctuation (a clitic there has its subject after the verb). */
const CLAUSE_START = String.raw`(?<=^\s{0,3}|[,;:]\s{1,3}|^\*\*)`;
const POR = String.raw`por(?:\s+parte\s+de(?:l|\s+la|\s+los|\s+las)?)?${E}`;
const ES_EN = `en${E}`;
/** "de", "del": after "deriva", "extensión". */
const ES_DE = `de(?:l)?${E}`;
/** One adverb between a verb and its preposition: a listed one, or any in -mente ("fuertemente inspirada en"). */
const ES_ADV = String.raw`(?:(?:también|asimismo|\p{L}{2,}mente)\s+)?`;
const ES_BASE_OF = String.raw`(?:(?:constituye|constituyen|forma|forman|es|son|fue|proporciona|proporcionan|establece|sienta)\s+(?:\p{L}+\s+)?(?:la|el|las|los)\s+(?:base|bases|fundamento|fundamentos|cimientos)\s+(?:de(?:l)?|para(?:\s+(?:el|la|los|las))?)|(?:sirve|sirven|sirvió|ha\s+servido)\s+${ES_ADV}(?:de|como)\s+(?:base|fundamento|punto\s+de\s+partida)\s+(?:para|a|al|de(?:l)?))${E}${NOT_DATA}`;

const ES: Cue[] = [
  c('BASED_ON', `${B}${ES_BASE_OF}`, 'before', 'after'),
  c(
    'BASED_ON',
    `${B}(?:(?:basad|fundamentad|sustentad|apoyad|inspirad|cimentad)${ES_P}\\s+${ES_ADV}${ES_EN}|construid${ES_P}\\s+${ES_ADV}(?:sobre|a\\s+partir\\s+de(?:l)?)${E}|se\\s+(?:basa|basan|basó|fundamenta|fundamentan|sustenta|apoya|inspira)\\s+${ES_ADV}${ES_EN}|basándose\\s+en${E}|(?:con|sobre\\s+la)\\s+base\\s+(?:en|de(?:l)?)${E}|en\\s+base\\s+a(?:l)?${E}|(?:toma|toman|tiene|tienen|tomando)\\s+como\\s+(?:base|referencia)${E})`,
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:derivad${ES_P}|deriva|derivan|se\\s+deriva|procede)\\s+${ES_DE}|(?<!se\\s)(?:amplía|extiende)|(?:extensión|ampliación|adaptación|adopción\\s+nacional)\\s+${ES_DE})`,
    'after',
  ),
  c('SUPERSEDES', `${B}(?:sustituid|reemplazad)${ES_P}\\s+${POR}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:sustituye|sustituyó|reemplaza|reemplazó|deroga|derogó)(?:\\s+a(?:l)?)?${E}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}(?:establecid|cread|fundad|constituid|instituid|puest${ES_P}\\s+en\\s+marcha|impulsad)${ES_P}\\s+${GAP}${POR}`,
    'after',
  ),
  c(
    'ESTABLISHED_BY',
    `${B}(?:cread|fundad|establecid|constituid)${ES_P}\\s+con\\s+el\\s+(?:apoyo|respaldo|patrocinio)\\s+de(?:l)?${E}`,
    'after',
  ),
  c(
    'REGULATES',
    `${B}(?:(?:regulad|supervisad|controlad|fiscalizad|vigilad|tutelad)${ES_P}\\s+${POR}|bajo\\s+la\\s+(?:supervisión|tutela|vigilancia|autoridad)\\s+de(?:l)?${E})`,
    'after',
  ),
  c('AUDITS', `${B}(?:auditad|evaluad|examinad)${ES_P}\\s+${POR}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:publicad|elaborad|desarrollad|redactad|mantenid|editad|aprobad|adoptad|promulgad|preparad|definid|dictad|difundid|lanzad)${ES_P}\\s+${GAP}${POR}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:acreditad|certificad|gestionad|administrad|emitid|operad|otorgad|concedid|expedid|dirigid|coordinad|respaldad|avalad)${ES_P}\\s+${GAP}${POR}`,
    'after',
  ),
  c('ACCREDITS', `${B}(?:(?:está|están|corre|corren)\\s+a\\s+cargo\\s+de(?:l)?)${E}`, 'after'),
  // "La publica la ISO": a clitic object opening its clause, the verb, then its subject.
  c(
    'PUBLISHES',
    `${CLAUSE_START}(?:la|lo|las|los)\\s+(?:publica|publican|publicó|publicaron|elabora|elaboró|desarrolla|desarrolló|mantiene|redactó|edita)${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${CLAUSE_START}(?:la|lo|las|los)\\s+(?:gestiona|gestionan|administra|administran|opera|emite|emiten|otorga|otorgan|acredita|supervisa|dirige)${E}`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}(?<!se\\s)(?:publica|publicó|publicaron|elaboró|elaboraron|desarrolló|desarrollaron|redactó|mantiene|mantienen|(?:ha|han)\\s+(?:publicado|elaborado|desarrollado|redactado))${E}`,
    'before',
    'after',
  ),
  c(
    'ESTABLISHED_BY',
    `${B}(?<!se\\s)(?:creó|crearon|fundó|fundaron|estableció|establecieron|instituyó|(?:ha|han)\\s+(?:creado|fundado|establecido)|puso\\s+en\\s+marcha)${E}`,
    'before',
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?<!se\\s)(?:gestiona|gestionan|administra|administran|acredita|otorga|otorgan|emite|emiten)${E}`,
    'before',
    'after',
  ),
  c('REGULATES', `${B}(?<!se\\s)(?:supervisa|supervisan|regula|regulan|fiscaliza)${E}`, 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:es|actúa\\s+como|ejerce\\s+como)\\s+(?:el|la)\\s+(?:organismo|entidad|órgano|autoridad)\\s+(?:operativ[oa]|gestor[a]?|encargad[oa]|responsable)\\s+de(?:l|\\s+la)?${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:realizad|efectuad|ejecutad|practicad|elaborad)${ES_P}|llevad${ES_P}\\s+a\\s+cabo|se\\s+(?:realiza|realizan|efectúa|efectúan|ejecuta|ejecutan|elabora|elaboran|lleva\\s+a\\s+cabo|llevan\\s+a\\s+cabo))\\s+(?:conforme\\s+a(?:l)?|según|de\\s+acuerdo\\s+con|con\\s+arreglo\\s+a(?:l)?)${E}`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}(?:desarrollad|elaborad|redactad)${ES_P}\\s+bajo\\s+(?:la\\s+(?:autoridad|dirección)\\s+de(?:l)?|el|la)${E}`,
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:forma|forman|formaba)\\s+parte\\s+de(?:l)?|(?:es|son)\\s+(?:un|una|el|la|uno\\s+de\\s+los|una\\s+de\\s+las)\\s+(?:\\p{L}+\\s+)?(?:nivel|niveles|parte|partes|componente|componentes|categoría|categorías|módulo|módulos)\\s+de(?:l)?)${E}`,
    'after',
  ),
];

/** Portuguese participle endings; "por" with its contracted articles (pelo, pela, pelos, pelas). */
const PT_P = '[oa]s?';
const PELO = `(?:pel[oa]s?|por)${E}`;
/** "em" with its contracted articles (no, na, nos, nas, num, numa). */
const EM = `(?:em|n[oa]s?|num|numa)${E}`;
/** "de" with its contracted articles (do, da, dos, das), and "para". */
const DE = String.raw`(?:de|d[oa]s?|para(?:\s+[oa]s?)?|ao|à)${E}`;
const PT_ADV = String.raw`(?:(?:também|sobretudo|\p{L}{2,}mente)\s+)?`;
const PT_BASE_OF = String.raw`(?:(?:constitui|constituem|forma|formam|é|são|fornece|fornecem|estabelece)\s+(?:\p{L}+\s+)?(?:a|o|as|os)\s+(?:base|bases|fundamento|fundamentos|alicerce)\s+${DE}|(?:serve|servem|serviu|tem\s+servido)\s+${PT_ADV}(?:de|como)\s+(?:base|fundamento|ponto\s+de\s+partida)\s+${DE}|está\s+na\s+base\s+${DE})${NOT_DATA}`;

const PT: Cue[] = [
  c('BASED_ON', `${B}${PT_BASE_OF}`, 'before', 'after'),
  c(
    'BASED_ON',
    `${B}(?:(?:(?:basead|fundamentad|apoiad|inspirad|alicerçad)${PT_P}|assentes?)\\s+${PT_ADV}${EM}|construíd${PT_P}\\s+${PT_ADV}(?:sobre${E}|a\\s+partir\\s+${DE})|(?:baseia|baseiam|fundamenta|fundamentam|apoia|apoiam|inspira|assenta)-se\\s+${PT_ADV}${EM}|se\\s+(?:baseia|baseiam|fundamenta|apoia|inspira)\\s+${PT_ADV}${EM}|assenta\\s+${EM}|com\\s+base\\s+${EM}|(?:tem|têm|tendo|toma)\\s+como\\s+(?:base|referência)${E})`,
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:derivad${PT_P}|deriva|derivam)\\s+${DE}|(?:estende|amplia)(?!-se)|(?:extensão|ampliação|adaptação|adoção\\s+nacional)\\s+${DE})`,
    'after',
  ),
  c('SUPERSEDES', `${B}substituíd${PT_P}\\s+${PELO}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:substitui|substituem|substituiu|revoga|revogou)${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}(?:estabelecid|criad|fundad|instituíd|constituíd)${PT_P}\\s+${GAP}${PELO}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}(?:criad|fundad|estabelecid|instituíd)${PT_P}\\s+com\\s+o\\s+(?:apoio|patrocínio|aval)\\s+${DE}`,
    'after',
  ),
  c(
    'REGULATES',
    `${B}(?:(?:regulad|supervisionad|fiscalizad|regulamentad|controlad|tutelad)${PT_P}\\s+${PELO}|sob\\s+(?:a\\s+)?(?:supervisão|tutela|fiscalização|alçada)\\s+${DE})`,
    'after',
  ),
  c('AUDITS', `${B}(?:auditad|avaliad|examinad)${PT_P}\\s+${PELO}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:publicad|elaborad|desenvolvid|redigid|mantid|editad|aprovad|adotad|promulgad|preparad|definid|lançad)${PT_P}\\s+${GAP}${PELO}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:acreditad|credenciad|certificad|gerid|gerenciad|administrad|emitid|operad|concedid|outorgad|atribuíd|coordenad|dirigid)${PT_P}\\s+${GAP}${PELO}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:(?:está|estão|fica|ficam)\\s+a\\s+cargo\\s+${DE}|sob\\s+(?:a\\s+)?responsabilidade\\s+${DE})`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}(?<!se\\s)(?:publica|publicou|publicaram|elaborou|elaboraram|desenvolveu|desenvolveram|redigiu|mantém|mantêm|edita|editou|editaram|aprovou|aprovaram|(?:tem|têm)\\s+publicado)${E}(?!-se)`,
    'before',
    'after',
  ),
  c(
    'ESTABLISHED_BY',
    `${B}(?<!se\\s)(?:criou|criaram|fundou|fundaram|estabeleceu|estabeleceram|instituiu|instituíram)${E}`,
    'before',
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?<!se\\s)(?:gere|gerem|gerencia|administra|administram|credencia|acredita|emite|emitem|concede|outorga)${E}(?!-se)`,
    'before',
    'after',
  ),
  c('REGULATES', `${B}(?<!se\\s)(?:supervisiona|regula|regulam|fiscaliza|fiscalizam)${E}(?!-se)`, 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:é|atua\\s+como|funciona\\s+como)\\s+(?:o|a)\\s+(?:organismo|entidade|órgão|autoridade)\\s+(?:operacional|gestor[a]?|responsável)\\s+(?:por|pel[oa]|${DE})`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:realizad|executad|conduzid|efetuad|efectuad|elaborad)${PT_P}|(?:realiza|realizam|executa|efetua|conduz)-se|se\\s+(?:realiza|realizam|executa|efetua|conduz))\\s+(?:de\\s+acordo\\s+com|conforme|segundo|nos\\s+termos\\s+${DE}|em\\s+conformidade\\s+com)${E}`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}(?:desenvolvid|elaborad|redigid)${PT_P}\\s+sob\\s+(?:a\\s+(?:égide|autoridade|direção)\\s+${DE}|o|a)${E}`,
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:faz|fazem|fazia)\\s+parte\\s+${DE}|(?:é|são)\\s+(?:um|uma|o|a|um\\s+dos|uma\\s+das)\\s+(?:\\p{L}+\\s+)?(?:nível|níveis|parte|partes|componente|componentes|categoria|categorias|módulo|módulos)\\s+${DE})`,
    'after',
  ),
];

/** Each language's verb families, then its origin, base and certifier cues (cues-romance-roles.ts). */
export const ROMANCE_CUES: Record<string, Cue[]> = {
  es: [...ES, ...ES_ROLES],
  it: [...IT, ...IT_ROLES],
  pt: [...PT, ...PT_ROLES],
};
