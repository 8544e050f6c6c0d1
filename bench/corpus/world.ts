/**
 * The synthetic world behind a corpus: pools of jurisdictions, authorities (with who established
 * whom), standards (a BASED_ON DAG up to six levels deep), services, and one plan per offering.
 * Contract: buildWorld is a pure function of its options; the same options give the same world.
 * Pool sizes grow with the corpus but are capped, as a curated lexicon would be.
 */

import { acronymFor, ancestors, authorities, clamp, combos, services, standards } from './pools.ts';
import { Rng } from './rng.ts';
import {
  COUNTRIES,
  type Country,
  LOCALES,
  type Loc,
  REGIONS,
  SCHEME_HEADS,
  SECTORS,
  TOPICS,
  type Words,
} from './vocab.ts';

export interface CorpusOptions {
  /** Number of article files to write (translations count one each). */
  articles: number;
  seed?: number;
  /**
   * Size the lexicon (authority, standard and service pools, curated schemes) as for a corpus of
   * this many articles instead of `articles`: a fixed-size lexicon under growing corpora, to tell
   * memory that grows with the corpus from memory that grows with the lexicon.
   */
  lexiconFor?: number;
}

export interface Authority {
  index: number;
  id: string;
  acronym: string;
  name: Words;
  kind: string;
  /** Indexes of the authorities that established it (always lower indexes). */
  establishedBy: number[];
}

export interface Standard {
  index: number;
  id: string;
  designation: string;
  title: string;
  /** 0 for a root; a standard at level L has a parent at level L - 1. */
  level: number;
  parents: number[];
  publisher: number;
}

export interface Service {
  index: number;
  id: string;
  name: string;
}

export interface Offering {
  index: number;
  slug: string;
  acronym: string;
  name: Words;
  type: string;
  noun: Words;
  curated: boolean;
  country: Country;
  locales: Loc[];
  accreditor: number;
  regulator: number | null;
  /** Every authority the article names (1–4), the operator first. */
  authorities: number[];
  /** Standards the scheme is directly based on. */
  leads: number[];
  /** Every standard the article cites (2–6), leads first. */
  standards: number[];
  services: number[];
  /** Services named with service models in the Microsoft section. */
  modelled: [number, number];
  related: number[];
  validityYears: number;
  controls: number;
  date: string;
}

export interface World {
  seed: number;
  countries: Country[];
  authorities: Authority[];
  standards: Standard[];
  services: Service[];
  offerings: Offering[];
  articleCount: number;
}

export function buildWorld(opts: CorpusOptions): World {
  const seed = opts.seed ?? 42;
  const root = new Rng(seed);
  const [rA, rS, rV, rO] = ['authorities', 'standards', 'services', 'offerings'].map((l) => root.fork(l)) as Rng[];
  // About 2.8 articles per offering (English plus each other locale at 45 %).
  const expectedOfferings = Math.max(1, Math.ceil(opts.articles / 2.8));
  const lexiconOfferings = Math.max(1, Math.ceil((opts.lexiconFor ?? opts.articles) / 2.8));
  const taken = new Set<string>();
  const auths = authorities(rA as Rng, clamp(lexiconOfferings * 0.5, 12, 600), taken);
  const stds = standards(rS as Rng, clamp(lexiconOfferings * 0.6, 20, 800), auths.length);
  const svcs = services(rV as Rng, clamp(40 + lexiconOfferings * 0.3, 40, 300));
  const rng = rO as Rng;
  const offerings: Offering[] = [];
  const sizes = [REGIONS.length, SECTORS.length, TOPICS.length, SCHEME_HEADS.length];
  const names = combos(
    rng,
    sizes,
    Math.min(
      expectedOfferings * 2,
      sizes.reduce((a, b) => a * b, 1),
    ),
  );
  let articleCount = 0;
  for (let index = 0; articleCount < opts.articles; index++) {
    const [r, s, t, h] = names[index] as number[];
    const region = REGIONS[r as number] as Words;
    const sector = SECTORS[s as number] as Words;
    const topic = TOPICS[t as number] as Words;
    const head = SCHEME_HEADS[h as number] as (typeof SCHEME_HEADS)[number];
    const sp = (x: string) => (x ? ` ${x}` : '');
    // German and French articles of the family keep a scheme's English name (as the real ones do).
    const english = `${region.en}${sp(sector.en)} ${topic.en} ${head.words.en}`;
    const name: Words = {
      en: english,
      ja: `${region.ja}${sector.ja}${topic.ja}${head.words.ja}`,
      de: english,
      fr: english,
      zh: `${region.zh}${sector.zh}${topic.zh}${head.words.zh}`,
    };
    const acronym = acronymFor(name.en, taken);
    const others = LOCALES.slice(1).filter(() => rng.chance(0.45));
    const locales = (['en', ...others] as Loc[]).slice(0, opts.articles - articleCount);
    articleCount += locales.length;
    // Every standard leads some scheme (round robin), so every BASED_ON edge is stated somewhere.
    const lead = index < stds.length ? stds.length - 1 - index : rng.int(0, stds.length - 1);
    const want = rng.int(2, 6);
    const cited = [lead, ...(stds[lead] as Standard).parents];
    for (const a of ancestors(stds, lead)) if (cited.length < want && !cited.includes(a)) cited.push(a);
    const leads = [lead];
    while (cited.length < 2) {
      const extra = rng.int(0, stds.length - 1);
      if (!cited.includes(extra)) {
        cited.push(extra);
        leads.push(extra);
      }
    }
    const serviceList = rng.sample(
      svcs.map((v) => v.index),
      rng.int(3, 40),
    );
    const accreditor = rng.int(0, auths.length - 1);
    // 1–4 authorities: the operator, who established it, the lead standard's publisher, a regulator.
    const named = [accreditor, ...(auths[accreditor] as Authority).establishedBy];
    const publisher = (stds[lead] as Standard).publisher;
    if (!named.includes(publisher)) named.push(publisher);
    const regulator = rng.chance(0.4) ? rng.int(0, auths.length - 1) : null;
    const regulates = regulator !== null && named.length < 4 && !named.includes(regulator);
    if (regulates) named.push(regulator);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    offerings.push({
      index,
      slug: acronym.toLowerCase(),
      acronym,
      name,
      type: head.type,
      noun: head.noun,
      // Only the schemes a lexicon of its size would hold can be curated.
      curated: rng.chance(0.5) && (opts.lexiconFor === undefined || index < lexiconOfferings),
      country: rng.pick(COUNTRIES),
      locales,
      accreditor,
      regulator: regulates ? regulator : null,
      authorities: named,
      leads,
      standards: cited,
      services: serviceList,
      modelled: [serviceList[0] as number, serviceList[1] as number],
      related: [],
      validityYears: rng.int(2, 5),
      // Not 1900–2100: the extractor reads numbers in that range as years, not control counts.
      controls: ((n) => (n >= 1900 && n <= 2100 ? n - 400 : n))(rng.int(40, 2400)),
      date: `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/2026`,
    });
  }
  for (const o of offerings) {
    const k = Math.min(offerings.length - 1, rng.int(1, 3));
    o.related = rng.sample(
      offerings.filter((x) => x.index !== o.index).map((x) => x.index),
      k,
    );
  }
  return { seed, countries: COUNTRIES, authorities: auths, standards: stds, services: svcs, offerings, articleCount };
}
