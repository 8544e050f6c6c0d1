/**
 * Pools of the synthetic world (authorities, the standards DAG, services) and the naming helpers they
 * share with the offerings. Pure functions of their random generator.
 */
import type { Rng } from './rng.ts';
import {
  AUTHORITY_HEADS,
  REGIONS,
  SERVICE_BRANDS,
  SERVICE_PRODUCTS,
  STANDARD_FAMILIES,
  STANDARD_KINDS,
  TOPICS,
  type Words,
} from './vocab.ts';
import type { Authority, Service, Standard } from './world.ts';

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const RESERVED = new Set(['ISO', 'IEC', 'JIS', 'NIST', 'SOC', 'FIPS', 'IAAS', 'PAAS', 'SAAS', 'BS', 'SS', 'EN', 'IT']);

/** Unique acronyms from the initials of the English name, disambiguated by a digit. */
export function acronymFor(english: string, taken: Set<string>): string {
  const base = english
    .split(/\s+/)
    .filter((x) => /^[A-Z]/.test(x))
    .map((x) => x[0])
    .join('');
  for (let n = 1; ; n++) {
    const a = n === 1 ? base : `${base}${n}`;
    if (!taken.has(a) && !RESERVED.has(a)) {
      taken.add(a);
      return a;
    }
  }
}

export function combos(rng: Rng, sizes: number[], count: number): number[][] {
  const total = sizes.reduce((a, b) => a * b, 1);
  if (count > total) throw new Error(`only ${total} distinct names for ${count}`);
  const picked = new Set<number>();
  const out: number[][] = [];
  while (out.length < count) {
    const code = rng.int(0, total - 1);
    if (picked.has(code)) continue;
    picked.add(code);
    let rest = code;
    out.push(
      sizes.map((s) => {
        const d = rest % s;
        rest = Math.floor(rest / s);
        return d;
      }),
    );
  }
  return out;
}

export function authorities(rng: Rng, count: number, taken: Set<string>): Authority[] {
  return combos(rng, [REGIONS.length, TOPICS.length, AUTHORITY_HEADS.length], count).map(([r, t, h], index) => {
    const region = REGIONS[r as number] as Words;
    const topic = TOPICS[t as number] as Words;
    const head = AUTHORITY_HEADS[h as number] as (typeof AUTHORITY_HEADS)[number];
    const name: Words = {
      en: `${region.en} ${topic.en} ${head.words.en}`,
      ja: `${region.ja}${topic.ja}${head.words.ja}`,
      de: `${head.words.de} für ${topic.de} ${region.de}`,
      fr: `${head.words.fr} ${topic.fr} ${region.fr}`,
      zh: `${region.zh}${topic.zh}${head.words.zh}`,
    };
    const acronym = acronymFor(name.en, taken);
    // Older bodies (lower index) establish newer ones: the ESTABLISHED_BY graph is acyclic.
    const establishedBy =
      index < 3 ? [] : rng.sample([...Array(index).keys()], rng.chance(0.2) ? 2 : rng.chance(0.75) ? 1 : 0);
    return { index, id: acronym.toLowerCase(), acronym, name, kind: head.kind, establishedBy };
  });
}

export function standards(rng: Rng, count: number, publishers: number): Standard[] {
  // Level sizes shrink with depth; every level below the top has at least one standard.
  const shares = [0.3, 0.22, 0.17, 0.13, 0.1, 0.08];
  const levels: number[] = [];
  shares.forEach((s, level) => {
    const n = Math.max(1, Math.round(count * s));
    for (let i = 0; i < n && levels.length < count; i++) levels.push(level);
  });
  while (levels.length < count) levels.push(0);
  levels.sort((a, b) => a - b);
  const counters = STANDARD_FAMILIES.map(() => 0);
  const out: Standard[] = [];
  for (let index = 0; index < count; index++) {
    const level = levels[index] as number;
    let f = 0;
    for (let x = rng.next(), acc = 0; f < STANDARD_FAMILIES.length - 1; f++) {
      acc += (STANDARD_FAMILIES[f] as (typeof STANDARD_FAMILIES)[number]).share;
      if (x < acc) break;
    }
    const n = counters[f] as number;
    counters[f] = n + 1;
    const designation = (STANDARD_FAMILIES[f] as (typeof STANDARD_FAMILIES)[number]).make(n * 7 + 11);
    const parents: number[] = [];
    if (level > 0) {
      const below = out.filter((s) => s.level === level - 1);
      parents.push((rng.pick(below) as Standard).index);
      const older = out.filter((s) => s.level < level && !parents.includes(s.index));
      if (older.length && rng.chance(0.35)) parents.push((rng.pick(older) as Standard).index);
    }
    out.push({
      index,
      id: slug(designation),
      designation,
      title: `${(rng.pick(TOPICS) as Words).en} ${rng.pick(STANDARD_KINDS)}`,
      level,
      parents,
      publisher: rng.int(0, Math.max(0, Math.min(publishers, 12) - 1)),
    });
  }
  return out;
}

export function services(rng: Rng, count: number): Service[] {
  return combos(rng, [SERVICE_BRANDS.length, SERVICE_PRODUCTS.length], count).map(([b, p], index) => {
    const name = `${SERVICE_BRANDS[b as number]} ${SERVICE_PRODUCTS[p as number]}`;
    return { index, id: slug(name), name };
  });
}

/** Ancestors of `start`, nearest first (breadth-first), without `start`. */
export function ancestors(pool: Standard[], start: number): number[] {
  const out: number[] = [];
  const queue = [...(pool[start] as Standard).parents];
  while (queue.length) {
    const s = queue.shift() as number;
    if (out.includes(s)) continue;
    out.push(s);
    queue.push(...(pool[s] as Standard).parents);
  }
  return out;
}
