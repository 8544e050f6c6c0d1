/**
 * The side panel: details of the selected entity (names in every locale, aliases, facts, who
 * certifies, relations, articles); relations and paths are in panel-relation.js.
 * `act` carries the callbacks: entity(id), edge(rel), expand(id), neighbourhood(id), lineage(id),
 * certifies(id), pathFrom(entity).
 */
import { h, replace } from './dom.js';
import { KIND_LOOK, kindIcon, relationLabel } from './graph-style.js';

const FACT_LABELS = {
  validityYears: ['Validity', (v) => `${v} year${v === '1' ? '' : 's'}`],
  surveillanceAudit: ['Surveillance audits', (v) => v],
  controlCount: ['Controls', (v) => Number(v).toLocaleString('en')],
  domains: ['Web domains', (v) => v],
  firstPublished: ['First published', (v) => v],
};

const LOCALE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
function localeName(tag) {
  try {
    return LOCALE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function badge(kind, text = KIND_LOOK[kind]?.label ?? kind) {
  return h('span', { class: 'kind-badge' }, kindIcon(kind), text);
}

export function entityLink(e, act) {
  return h(
    'button',
    { type: 'button', class: 'linkish', dataset: { id: e.id }, onclick: () => act.entity(e.id) },
    e.name,
  );
}

/** A button opening relation `r`'s evidence (as a click on its edge would). */
export function evidenceButton(r, act) {
  return h(
    'button',
    {
      type: 'button',
      class: 'linkish evidence-link',
      dataset: { rel: r.id },
      onclick: () => act.edge({ id: r.id, source: r.from.id, target: r.to.id, type: r.type }),
    },
    `evidence (${r.evidenceCount})`,
  );
}

export function section(title, ...content) {
  return [h('h3', {}, title), ...content];
}

export function rows(pairs) {
  const kept = pairs.filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0));
  return kept.length
    ? h(
        'table',
        {},
        h(
          'tbody',
          {},
          kept.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v))),
        ),
      )
    : null;
}

function list(items, act) {
  return items.length
    ? h(
        'ul',
        { class: 'links' },
        items.map((e) => h('li', {}, entityLink(e, act))),
      )
    : null;
}

/** Fact rows: known keys labelled; the sentence each fact was read from shown under it. */
function factRows(facts) {
  const quotes = new Map();
  const values = new Map();
  for (const f of facts) {
    values.set(f.key, [...(values.get(f.key) ?? []), f.value]);
    if (f.quote && !(quotes.get(f.key) ?? []).includes(f.quote))
      quotes.set(f.key, [...(quotes.get(f.key) ?? []), f.quote]);
  }
  return [...values].map(([key, vs]) => {
    const [label, format] = FACT_LABELS[key] ?? [key, (v) => v];
    const said = quotes.get(key) ?? [];
    return [
      label,
      [
        vs.map(format).join(', '),
        said.length > 0 &&
          h(
            'details',
            { class: 'fact-quote' },
            h('summary', {}, `as stated (${said.length})`),
            h(
              'ul',
              {},
              said.map((q) => h('li', {}, `“${q}”`)),
            ),
          ),
      ],
    ];
  });
}

export function renderEntity(panel, e, act) {
  const isCert = e.kind === 'CERTIFICATION';
  const hasLineage = isCert || e.kind === 'STANDARD';
  const names = e.names ?? [];
  const rels = e.relations?.edges.map((x) => x.node) ?? [];
  replace(
    panel,
    badge(e.kind),
    h('h2', { id: 'panel-title', dataset: { id: e.id } }, e.name),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', onclick: () => act.expand(e.id), title: 'Add its neighbours to the drawing' },
        'Expand',
      ),
      h('button', { type: 'button', onclick: () => act.neighbourhood(e.id) }, 'Neighbourhood'),
      hasLineage && h('button', { type: 'button', onclick: () => act.lineage(e.id) }, 'Lineage'),
      isCert && h('button', { type: 'button', onclick: () => act.certifies(e.id) }, 'Who certifies'),
      h('button', { type: 'button', onclick: () => act.pathFrom(e) }, 'Path from here'),
    ),
    section(
      'Properties',
      rows([
        ['Acronym', e.acronym],
        ['Type', e.type?.toLowerCase().replaceAll('_', ' ')],
        ['Kind', e.authorityKind?.toLowerCase().replaceAll('_', ' ')],
        ['Designation', e.designation],
        ['Title', e.title],
        ['Jurisdiction', e.jurisdiction?.name],
        ['Part of', e.partOf && entityLink(e.partOf, act)],
        ...factRows(e.facts ?? []),
        ['Established by', list(e.establishedBy ?? [], act)],
        ['Curated', e.curated ? 'yes (lexicon)' : null],
      ]) ?? h('p', { class: 'hint' }, 'No properties recorded.'),
    ),
    isCert &&
      section(
        'Who certifies',
        rows([
          ['Accredited by', list(e.accreditedBy ?? [], act)],
          ['Published by', list(e.publishedBy ?? [], act)],
          ['Regulated by', list(e.regulatedBy ?? [], act)],
          ['Audited by', list(e.auditedBy ?? [], act)],
        ]) ?? h('p', { class: 'hint' }, e.partOf ? 'See the scheme it is part of.' : 'No certifying body recorded.'),
      ),
    e.kind === 'STANDARD' && e.publishedBy?.length && section('Published by', list(e.publishedBy, act)),
    section(
      `Names (${names.length})`,
      h(
        'table',
        { class: 'names' },
        h(
          'tbody',
          {},
          names.map((n) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', title: localeName(n.locale) }, n.locale),
              h('td', { lang: n.locale }, n.name),
            ),
          ),
        ),
      ),
    ),
    e.aliases?.length &&
      section(
        `Aliases (${e.aliases.length})`,
        h(
          'ul',
          { class: 'chips' },
          e.aliases.map((a) => h('li', {}, a)),
        ),
      ),
    section(
      `Relations (${e.relations?.totalCount ?? rels.length})`,
      h(
        'ul',
        { class: 'rel-list' },
        rels.map((r) => {
          const out = r.from.id === e.id;
          const other = out ? r.to : r.from;
          return h(
            'li',
            {},
            h('span', { class: 'rel-type' }, out ? `${relationLabel(r.type)} →` : `← ${relationLabel(r.type)}`),
            entityLink(other, act),
            evidenceButton(r, act),
          );
        }),
      ),
    ),
    e.articles?.length &&
      section(
        `Articles (${e.articles.length})`,
        h(
          'details',
          { class: 'articles', open: e.articles.length <= 4 },
          h('summary', {}, e.articles.length <= 4 ? 'Articles' : `Show all ${e.articles.length}`),
          h(
            'ul',
            { class: 'rel-list' },
            e.articles.map((a) => h('li', {}, h('span', { lang: a.locale }, a.title), h('code', {}, a.path))),
          ),
        ),
      ),
  );
}

export function renderMessage(panel, text, isError = false) {
  replace(panel, h('p', { class: isError ? 'hint error' : 'hint', role: isError ? 'alert' : null }, text));
}
