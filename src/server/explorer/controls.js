/**
 * The left column: kind filter (which is also the legend of colours and shapes), relation-type filter,
 * depth, the list of drawn elements (the keyboard and screen-reader way into the drawing) and the list
 * of found paths.
 */
import { h, replace } from './dom.js';
import { KIND_LOOK, kindIcon, relationLabel } from './graph-style.js';
import { KINDS, RELATION_TYPES } from './url-state.js';

/** Checked values as a filter list: everything checked means no filter ([]). */
function checked(fieldset, all) {
  const on = [...fieldset.querySelectorAll('input:checked')].map((i) => i.value);
  return on.length === all.length ? [] : on;
}

/** Builds the checkboxes; onChange({ kinds, types }) fires on every change. */
export function buildFilters({ kindBox, typeBox, onChange }) {
  const fire = () => onChange({ kinds: checked(kindBox, KINDS), types: checked(typeBox, RELATION_TYPES) });
  for (const kind of KINDS) {
    kindBox.append(
      h(
        'label',
        {},
        h('input', { type: 'checkbox', value: kind, checked: true, onchange: fire }),
        kindIcon(kind),
        KIND_LOOK[kind].label,
      ),
    );
  }
  for (const type of RELATION_TYPES) {
    typeBox.append(
      h(
        'label',
        {},
        h('input', { type: 'checkbox', value: type, checked: true, onchange: fire }),
        h('span', { class: 'edge-swatch', 'aria-hidden': 'true' }),
        relationLabel(type),
      ),
    );
  }
}

/** Sets the checkboxes from filter lists (empty: all checked). */
export function syncFilters({ kindBox, typeBox }, kinds, types) {
  for (const input of kindBox.querySelectorAll('input')) input.checked = !kinds.length || kinds.includes(input.value);
  for (const input of typeBox.querySelectorAll('input')) input.checked = !types.length || types.includes(input.value);
}

/** Lists the drawn nodes (by kind) and edges as buttons that select them. */
export function renderListing(el, snapshot, onSelect) {
  const names = new Map(snapshot.nodes.map((n) => [n.id, n.name]));
  const groups = KINDS.map((kind) => [kind, snapshot.nodes.filter((n) => n.kind === kind)]).filter(
    ([, ns]) => ns.length,
  );
  replace(
    el,
    groups.map(([kind, ns]) => [
      h('h3', {}, `${KIND_LOOK[kind].label} (${ns.length})`),
      h(
        'ul',
        {},
        ns
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((n) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', dataset: { nodeId: n.id, kind: n.kind }, onclick: () => onSelect(n.id) },
                n.name,
              ),
            ),
          ),
      ),
    ]),
    snapshot.edges.length > 0 && [
      h('h3', {}, `Relations (${snapshot.edges.length})`),
      h(
        'ul',
        {},
        snapshot.edges.map((e) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                dataset: { edgeId: e.id, source: e.source, target: e.target, type: e.type },
                onclick: () => onSelect(e.id),
              },
              `${names.get(e.source)} — ${relationLabel(e.type)} → ${names.get(e.target)}`,
            ),
          ),
        ),
      ),
    ],
    !snapshot.nodes.length && h('p', { class: 'hint' }, 'Nothing drawn yet.'),
  );
}

/** "A —accredits→ B ←regulates— C": the path's entities with each relation's type and direction. */
export function pathText(p) {
  return p.entities
    .map((e, i) => {
      const r = p.relations[i - 1];
      if (!r) return e.name;
      const forward = r.from.id === p.entities[i - 1].id;
      return `${forward ? ` —${relationLabel(r.type)}→ ` : ` ←${relationLabel(r.type)}— `}${e.name}`;
    })
    .join('');
}

/** The found paths as buttons; the chosen one pressed. */
export function renderPaths(el, paths, chosen, onChoose) {
  replace(
    el,
    paths?.length > 1 &&
      h(
        'ul',
        { class: 'paths', 'aria-label': 'Shortest paths' },
        paths.map((p, i) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'aria-pressed': String(i === chosen), onclick: () => onChoose(i) },
              `${i + 1}. ${pathText(p)}`,
            ),
          ),
        ),
      ),
  );
}
