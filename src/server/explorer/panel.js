/**
 * The side panel: details of the selected entity (names in every locale, aliases, facts, who
 * certifies, relations, articles) or relation (ends, evidence quotes with article, locale, section).
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

function badge(kind, text = KIND_LOOK[kind]?.label ?? kind) {
  return h('span', { class: 'kind-badge' }, kindIcon(kind), text);
}

function entityLink(e, act) {
  return h(
    'button',
    { type: 'button', class: 'linkish', dataset: { id: e.id }, onclick: () => act.entity(e.id) },
    e.name,
  );
}

function section(title, ...content) {
  return [h('h3', {}, title), ...content];
}

function rows(pairs) {
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

/** Fact rows: known keys labelled; `factEvidence` values ("key: sentence") shown under their fact. */
function factRows(facts) {
  const quotes = new Map();
  for (const f of facts.filter((x) => x.key === 'factEvidence')) {
    const m = /^(\w+):\s*(.+)$/s.exec(f.value);
    if (m) quotes.set(m[1], [...(quotes.get(m[1]) ?? []), m[2]]);
  }
  const values = new Map();
  for (const f of facts.filter((x) => x.key !== 'factEvidence'))
    values.set(f.key, [...(values.get(f.key) ?? []), f.value]);
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
            h(
              'button',
              {
                type: 'button',
                class: 'linkish evidence-link',
                dataset: { rel: r.id },
                onclick: () => act.edge({ id: r.id, source: r.from.id, target: r.to.id, type: r.type }),
              },
              `evidence (${r.evidenceCount})`,
            ),
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

export function renderRelation(panel, r, act) {
  // The reader's language first, then the order the API gives.
  const mine = (navigator.language || 'en').split('-')[0].toLowerCase();
  const ev = [...(r.evidence ?? [])].sort(
    (a, b) => Number(b.locale.toLowerCase().startsWith(mine)) - Number(a.locale.toLowerCase().startsWith(mine)),
  );
  replace(
    panel,
    h('span', { class: 'kind-badge' }, 'Relation'),
    h(
      'h2',
      { id: 'panel-title', dataset: { id: r.id } },
      entityLink(r.from, act),
      ` ${relationLabel(r.type)} `,
      entityLink(r.to, act),
    ),
    rows([
      ['Type', h('code', {}, r.type)],
      ['From', [badge(r.from.kind, ''), ' ', r.from.name]],
      ['To', [badge(r.to.kind, ''), ' ', r.to.name]],
      ['Service models', r.serviceModels?.length ? r.serviceModels.join(', ') : null],
      ['Curated', r.curated ? 'yes (lexicon)' : 'no'],
    ]),
    section(
      `Evidence (${ev.length})`,
      ev.length
        ? h(
            'ol',
            { class: 'evidence', id: 'evidence-list' },
            ev.map((x) =>
              h(
                'li',
                {},
                h('blockquote', { lang: x.locale }, x.quote),
                h(
                  'div',
                  { class: 'cite' },
                  h('span', { lang: x.article.locale }, x.article.title),
                  ' · ',
                  h('code', {}, x.article.path),
                  ' · ',
                  h('span', { class: 'locale' }, x.locale),
                  ' · §',
                  h('code', { class: 'section' }, x.section),
                ),
              ),
            ),
          )
        : h('p', { class: 'hint' }, 'No evidence recorded.'),
    ),
  );
}

/** One path, step by step, each relation with a link to its evidence. */
export function renderPath(panel, p, act) {
  replace(
    panel,
    h('span', { class: 'kind-badge' }, 'Path'),
    h('h2', { id: 'panel-title' }, `${p.entities[0].name} → ${p.entities.at(-1).name}`),
    h('p', { class: 'hint' }, `${p.length} step${p.length === 1 ? '' : 's'}; click a step for its evidence.`),
    h(
      'ol',
      { class: 'path-steps' },
      p.entities.map((e, i) => {
        const r = p.relations[i];
        return h(
          'li',
          {},
          badge(e.kind, ''),
          entityLink(e, act),
          r &&
            h(
              'div',
              { class: 'rel-type' },
              r.from.id === e.id ? `${relationLabel(r.type)} ↓ ` : `↑ ${relationLabel(r.type)} `,
              h(
                'button',
                {
                  type: 'button',
                  class: 'linkish evidence-link',
                  dataset: { rel: r.id },
                  onclick: () => act.edge({ id: r.id, source: r.from.id, target: r.to.id, type: r.type }),
                },
                `evidence (${r.evidenceCount})`,
              ),
            ),
        );
      }),
    ),
  );
}

export function renderMessage(panel, text, isError = false) {
  replace(panel, h('p', { class: isError ? 'hint error' : 'hint', role: isError ? 'alert' : null }, text));
}
