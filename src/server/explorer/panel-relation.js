/**
 * The side panel for a relation (its ends and every evidence quote with article, locale and section,
 * the reader's language first) and for a path (its steps, each with a link to its evidence).
 */
import { h, replace } from './dom.js';
import { relationLabel } from './graph-style.js';
import { badge, entityLink, evidenceButton, rows, section } from './panel.js';

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
              evidenceButton(r, act),
            ),
        );
      }),
    ),
  );
}
