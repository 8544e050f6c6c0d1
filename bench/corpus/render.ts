/**
 * One offering in one locale → the article's Markdown and the facts it states. Contract: the text
 * follows docs/content-format.md (front matter, English anchors, the usual sections) and every
 * planned fact is stated in one sentence naming both ends, as the real articles do.
 */
import { PHRASES } from './phrases.ts';
import { Rng } from './rng.ts';
import { LOCALE_INFO, type Loc } from './vocab.ts';
import type { Authority, Offering, Standard, World } from './world.ts';

export type PlannedFact = [type: string, start: string, end: string];

export interface RenderedArticle {
  /** Path relative to the content root, e.g. `ja-jp/offering-ncsm.md`. */
  path: string;
  text: string;
  facts: PlannedFact[];
}

export const certId = (o: Offering) => `certification:${o.slug}`;
export const authorityId = (a: Authority) => `authority:${a.id}`;
export const standardId = (s: Standard) => `standard:${s.id}`;

const yamlString = (s: string) => JSON.stringify(s);

export function renderArticle(world: World, o: Offering, loc: Loc): RenderedArticle {
  const p = PHRASES[loc];
  const rng = new Rng(world.seed ^ (o.index * 7919 + loc.charCodeAt(0) * 31 + loc.charCodeAt(1)));
  const info = LOCALE_INFO[loc];
  const cert = certId(o);
  const facts: PlannedFact[] = [];
  const introduced = new Set<number>();
  const auth = (i: number) => {
    const a = world.authorities[i] as Authority;
    if (introduced.has(i)) return a.acronym;
    introduced.add(i);
    return `${a.name[loc]} (${a.acronym})`;
  };
  const std = (i: number) => (world.standards[i] as Standard).designation;
  const svc = (i: number) => world.services[i]?.name ?? '';
  const acr = o.acronym;
  const full = `${o.name[loc]} (${acr})`;
  const country = loc === 'fr' ? o.country.frIn : o.country.name[loc];
  const filler = () => rng.pick(p.filler);

  const overview: string[] = [];
  overview.push(`${p.intro(full, o.noun[loc], country)} ${filler()}`);
  facts.push(['APPLIES_IN', cert, `jurisdiction:${o.country.id}`]);
  const acc = world.authorities[o.accreditor] as Authority;
  const operated = [p.operatedBy(acr, auth(o.accreditor))];
  facts.push(['ACCREDITS', authorityId(acc), cert]);
  const founders = acc.establishedBy.filter((i) => o.authorities.includes(i));
  if (founders.length) {
    operated.push(
      ...p.establishedBy(
        acc.acronym,
        founders.map((i) => auth(i)),
      ),
    );
    for (const i of founders)
      facts.push(['ESTABLISHED_BY', authorityId(acc), authorityId(world.authorities[i] as Authority)]);
  }
  overview.push(operated.join(' '));
  const lineage = [p.basedOn(acr, o.leads.map(std), true)];
  for (const l of o.leads) facts.push(['BASED_ON', cert, standardId(world.standards[l] as Standard)]);
  for (const i of o.standards) {
    const s = world.standards[i] as Standard;
    const parents = s.parents.filter((x) => o.standards.includes(x));
    if (parents.length) {
      lineage.push(p.basedOn(s.designation, parents.map(std), false));
      for (const x of parents) facts.push(['BASED_ON', standardId(s), standardId(world.standards[x] as Standard)]);
    }
    if (o.authorities.includes(s.publisher)) {
      lineage.push(p.publishedBy(s.designation, auth(s.publisher)));
      facts.push(['PUBLISHES', authorityId(world.authorities[s.publisher] as Authority), standardId(s)]);
    }
  }
  overview.push(lineage.join(' '));
  if (o.regulator !== null) {
    const r = world.authorities[o.regulator] as Authority;
    overview.push(`${p.regulatedBy(acr, auth(o.regulator))} ${filler()}`);
    facts.push(['REGULATES', authorityId(r), cert]);
  }

  const [a, b] = o.modelled;
  const scope = o.services.map((i) => {
    facts.push(['COVERS', cert, `service:${world.services[i]?.id}`]);
    return i !== a && i !== b && rng.chance(0.25) ? `- ${svc(i)} – ${p.models}` : `- ${svc(i)}`;
  });
  const [question, answer] = p.faq(acr, std(o.leads[0] as number));
  const resources = [`- [${acc.name[loc]} (${acc.acronym})](https://www.${acc.id}.example/)`];
  for (const r of o.related) {
    const other = world.offerings[r] as Offering;
    resources.push(`- [${other.acronym}](offering-${other.slug}.md)`);
    facts.push(['RELATED_TO', cert, certId(other)]);
  }
  const path = `${info.dir}/offering-${o.slug}.md`;
  facts.push(['DESCRIBES', `article:${path}`, cert]);

  const h = p.headings;
  const text = [
    '---',
    `title: ${yamlString(full)}`,
    `description: ${yamlString(`${p.intro(full, o.noun[loc], country)} ${p.holds(acr)}`)}`,
    'ms.service: compliance',
    'ms.topic: conceptual',
    `ms.contentlocale: ${info.tag}`,
    `ms.date: ${o.date}`,
    'author: compliance-graph',
    '---',
    '',
    `# <a name="${o.slug}"></a>${full}`,
    '',
    `## <a name="${o.slug}-overview"></a>${h.overview(acr)}`,
    '',
    overview.join('\n\n'),
    '',
    `## <a name="microsoft-and-${o.slug}"></a>${h.ms(acr)}`,
    '',
    `${p.holds(acr)} ${p.covered(svc(a), svc(b))}`,
    '',
    '> [!NOTE]',
    `> ${p.note}`,
    '',
    `## <a name="microsoft-in-scope-cloud-services"></a>${h.scope}`,
    '',
    scope.join('\n'),
    '',
    `## <a name="audits-reports-and-certificates"></a>${h.audits}`,
    '',
    `${p.validity(acr, o.validityYears)} ${p.controls(acr, o.controls)} ${p.auditors(acr, acc.acronym)}`,
    '',
    `## <a name="frequently-asked-questions"></a>${h.faq}`,
    '',
    `**${question}**`,
    '',
    `${answer} ${filler()}`,
    '',
    `## <a name="resources"></a>${h.resources}`,
    '',
    resources.join('\n'),
    '',
  ].join('\n');
  return { path, text, facts };
}
