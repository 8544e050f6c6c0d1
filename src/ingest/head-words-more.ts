/**
 * Head words of Dutch, Swedish, Polish, Turkish and Russian names (read by head-words.ts, which
 * says which positions of a name are heads). Contracts: words are lower-case as head-words.ts
 * normalises them (letters and digits only); each language's words count only in articles of that
 * language, except through `hasHeadWord`, which checks every language; a compound suffix counts only
 * on a word longer than the suffix by at least four letters ("Rijksinspectie", "Finansinspektionen").
 */
import type { KindGuess } from './head-words.ts';

interface LangHeads {
  authority: string;
  standard: string;
  law?: string;
  regulation?: string;
  framework?: string;
  program?: string;
  certification?: string;
  /** Compound endings that make a single word an authority. */
  authoritySuffix?: RegExp;
  /** Compound endings that make a single word a law. */
  lawSuffix?: RegExp;
  /** Case forms of head words (whole words), for languages that decline them: "Komisję", "Urzędu". */
  inflected?: Array<[RegExp, KindGuess]>;
  /** Where the head stands: 'first' (also second, after an adjective), or 'last'. */
  head: 'first' | 'last';
}

const HEADS: Record<string, LangHeads> = {
  nl: {
    authority:
      'ministerie autoriteit agentschap rijksdienst dienst vereniging stichting instituut bureau raad commissie ' +
      'college centrum inspectie toezichthouder federatie organisatie directie directoraat secretariaat comité',
    standard: 'norm normen standaard baseline eisen catalogus code handreiking leidraad specificatie voorschriften',
    law: 'wet',
    regulation: 'verordening richtlijn regeling besluit',
    framework: 'kader raamwerk beleid',
    program: 'programma stelsel',
    certification: 'certificering certificaat keurmerk zegel',
    authoritySuffix: /(?:dienst|autoriteit|inspectie|instituut|agentschap|commissie|vereniging|stichting)$/u,
    lawSuffix: /wet$/u,
    head: 'first',
  },
  sv: {
    authority:
      'myndighet myndigheten verket institutet institut departement departementet nämnd nämnden råd rådet ' +
      'förbund förbundet förening föreningen kommission kommissionen inspektion inspektionen styrelse styrelsen ' +
      'centrum center byrå byrån',
    standard: 'standard norm riktlinjer krav kravet katalog specifikation',
    law: 'lag lagen',
    regulation: 'förordning förordningen föreskrifter föreskrift direktiv direktivet',
    framework: 'ramverk ramverket',
    program: 'program programmet',
    certification: 'certifiering certifieringen certifikat certifikatet märkning',
    authoritySuffix: /(?:myndighet(?:en)?|inspektion(?:en)?|styrelse(?:n)?|verket|nämnd(?:en)?|rådet|institutet)$/u,
    lawSuffix: /lag(?:en)?$/u,
    head: 'first',
  },
  pl: {
    authority:
      'ministerstwo urząd agencja komisja instytut rada biuro stowarzyszenie fundacja komitet centrum inspekcja ' +
      'inspektorat inspektor izba departament organizacja związek zrzeszenie rzecznik',
    standard: 'norma normy standard wytyczne rekomendacja wymagania katalog specyfikacja zalecenia kodeks',
    law: 'ustawa',
    regulation: 'rozporządzenie dyrektywa zarządzenie',
    framework: 'ramy polityka',
    program: 'program schemat',
    certification: 'certyfikat certyfikacja znak',
    inflected: [
      [
        /^(?:ministerstw[aeoi]?|ministerstwem|urz[ąę]d(?:u|em|zie)?|agencj[aięą]|komisj[aięą]|instytut(?:u|em|owi)?|rad(?:a|y|ę|zie|ą)|biur(?:a|em|ze)|stowarzyszeni(?:a|e|em|u)|fundacj[aięą]|komitet(?:u|em|owi)?|inspekcj[aięą]|inspektorat(?:u|em)?|izb(?:a|y|ę|ie|ą)|organizacj[aięą]|zwi[ąę]z(?:ek|ku|kiem))$/u,
        { kind: 'Authority' },
      ],
      [/^(?:norm(?:a|y|ę|ie|ą)|wytycznych|rekomendacj[aięą])$/u, { kind: 'Standard' }],
      [/^(?:ustaw(?:a|y|ę|ie|ą))$/u, { kind: 'Certification', type: 'law' }],
      [/^(?:rozporządzeni(?:a|e|u|em)|dyrektyw(?:a|y|ę|ie|ą))$/u, { kind: 'Certification', type: 'regulation' }],
    ],
    head: 'first',
  },
  tr: {
    authority:
      'kurum kurumu kurul kurulu bakanlık bakanlığı başkanlık başkanlığı enstitü enstitüsü dernek derneği ajans ' +
      'ajansı otorite otoritesi müdürlük müdürlüğü vakıf vakfı komisyon komisyonu konsey konseyi merkez merkezi ' +
      'birlik birliği ofis ofisi idare idaresi komite komitesi meclis meclisi',
    standard: 'standart standardı standartları standardları rehber rehberi kılavuz kılavuzu gereksinimleri',
    law: 'kanun kanunu yasa yasası',
    regulation: 'yönetmelik yönetmeliği tebliğ tebliği genelge genelgesi direktif direktifi',
    framework: 'çerçeve çerçevesi politika politikası',
    program: 'program programı şema şeması',
    certification: 'sertifika sertifikası belge belgesi mühür mührü',
    head: 'last',
  },
  ru: {
    authority:
      'министерство служба агентство комиссия институт ассоциация совет центр управление комитет ведомство ' +
      'инспекция палата союз фонд организация департамент банк',
    standard: 'стандарт требования руководство методика рекомендации',
    law: 'закон кодекс',
    regulation: 'положение постановление приказ указание директива регламент',
    framework: 'концепция политика',
    program: 'программа схема',
    certification: 'сертификация сертификат аттестат аттестация знак',
    inflected: [
      [
        /^(?:министерств(?:о|а|у|ом|е)|служб(?:а|ы|е|у|ой)|агентств(?:о|а|у|ом|е)|комисси(?:я|и|ю|ей)|институт(?:а|у|ом|е)?|ассоциаци(?:я|и|ю|ей)|совет(?:а|у|ом|е)?|центр(?:а|у|ом|е)?|комитет(?:а|у|ом|е)?|управлени(?:е|я|ю|ем)|банк(?:а|у|ом|е)?)$/u,
        { kind: 'Authority' },
      ],
      [/^(?:стандарт(?:а|у|ом|е|ы|ов)?|требовани(?:я|й|ям))$/u, { kind: 'Standard' }],
      [/^(?:закон(?:а|у|ом|е)?)$/u, { kind: 'Certification', type: 'law' }],
      [
        /^(?:положени(?:е|я|ю|ем)|постановлени(?:е|я|ю|ем)|приказ(?:а|у|ом|е)?)$/u,
        { kind: 'Certification', type: 'regulation' },
      ],
    ],
    head: 'first',
  },
};

/** Languages with head words here. */
export const MORE_HEAD_LANGS = Object.keys(HEADS);

const TABLES = Object.fromEntries(
  Object.entries(HEADS).map(([lang, h]) => {
    const words = new Map<string, KindGuess>();
    const put = (list: string | undefined, g: KindGuess) => {
      for (const w of (list ?? '').split(' ').filter(Boolean)) if (!words.has(w)) words.set(w, g);
    };
    put(h.authority, { kind: 'Authority' });
    put(h.standard, { kind: 'Standard' });
    put(h.law, { kind: 'Certification', type: 'law' });
    put(h.regulation, { kind: 'Certification', type: 'regulation' });
    put(h.framework, { kind: 'Certification', type: 'framework' });
    put(h.program, { kind: 'Certification', type: 'assessment-program' });
    put(h.certification, { kind: 'Certification', type: 'certification' });
    return [lang, { words, h }];
  }),
);

/** The kind a word heads in `lang` (a normalised word, see the contract above); null when none. */
export function moreHeadWord(word: string, lang: string): KindGuess | null {
  const t = TABLES[lang];
  if (!t) return null;
  const g = t.words.get(word);
  if (g) return g;
  const long = (re: RegExp | undefined) => {
    const m = re?.exec(word);
    return !!m && word.length - m[0].length >= 4;
  };
  for (const [re, guess] of t.h.inflected ?? []) if (re.test(word)) return guess;
  if (long(t.h.authoritySuffix)) return { kind: 'Authority' };
  if (long(t.h.lawSuffix)) return { kind: 'Certification', type: 'law' };
  return null;
}

/**
 * True when `word` is one compound whose ending makes it an authority in some language here
 * ("Integritetsskyddsmyndigheten", "Rijksinspectie"): such a word names a body on its own.
 */
export function compoundAuthority(word: string): boolean {
  const w = word.toLowerCase();
  return Object.values(TABLES).some(({ h }) => {
    const m = h.authoritySuffix?.exec(w);
    return !!m && w.length - m[0].length >= 4;
  });
}

/** True when names of `lang` put their head first (or second, after an adjective). */
export function headsFirst(lang: string): boolean {
  return TABLES[lang]?.h.head === 'first';
}
