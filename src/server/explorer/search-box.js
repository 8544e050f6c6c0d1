/**
 * A search combobox (WAI-ARIA combobox with a listbox popup) over the API's `search`: suggestions in
 * any language as you type; ↑/↓ move, Enter picks (the first suggestion when none is active), Escape
 * closes then clears. onPick receives the hit's entity { id kind name }.
 */
import { search } from './api.js';
import { debounce, h, replace } from './dom.js';
import { KIND_LOOK, kindIcon } from './graph-style.js';

const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The name or alias the query most plausibly matched, when it is not the canonical name. */
export function matchedName(entity, query) {
  const q = norm(query);
  const candidates = [
    ...(entity.names ?? []).map((n) => ({ text: n.name, locale: n.locale })),
    ...(entity.acronym ? [{ text: entity.acronym, locale: null }] : []),
    ...(entity.aliases ?? []).map((a) => ({ text: a, locale: null })),
  ];
  const words = q.split(' ').filter(Boolean);
  const hit =
    candidates.find((c) => norm(c.text).includes(q)) ??
    candidates.find((c) => words.every((w) => norm(c.text).includes(w))) ??
    candidates.find((c) => words.some((w) => norm(c.text).includes(w)));
  if (!hit || norm(hit.text) === norm(entity.name)) return null;
  return hit;
}

export function createSearchBox({ input, list, onPick }) {
  let hits = [];
  let active = -1;
  let controller = null;
  let shownQuery = null;
  let pickWhenReady = false;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    active = i;
    for (const [j, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(j === i));
    const li = list.children[i];
    if (li?.id) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onPick(hit.entity);
  }

  function render(query) {
    const options = hits.map((hit, i) => {
      const e = hit.entity;
      const matched = matchedName(e, query);
      return h(
        'div',
        {
          id: `${list.id}-${i}`,
          role: 'option',
          'aria-selected': 'false',
          dataset: { id: e.id, kind: e.kind },
          onmousedown: (ev) => {
            ev.preventDefault();
            pick(i);
          },
        },
        h('span', { class: 'kind-badge', title: KIND_LOOK[e.kind]?.label }, kindIcon(e.kind)),
        h(
          'span',
          { class: 'text' },
          h('span', { class: 'name' }, e.name),
          h(
            'span',
            { class: 'matched' },
            KIND_LOOK[e.kind]?.label ?? e.kind,
            matched && [' · ', h('span', { lang: matched.locale ?? undefined }, matched.text)],
          ),
        ),
      );
    });
    replace(
      list,
      options.length ? options : h('div', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match'),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  }

  const lookup = debounce(async (query) => {
    controller?.abort();
    if (!query.trim()) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    try {
      hits = await search(query, controller.signal);
      if (input.value !== query) return;
      shownQuery = query;
      if (pickWhenReady) {
        pickWhenReady = false;
        pick(0);
      } else if (document.activeElement === input) render(query);
    } catch (err) {
      if (err.name !== 'AbortError') {
        hits = [];
        replace(list, h('div', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, err.message));
        list.hidden = false;
      }
    }
  }, 140);

  input.addEventListener('input', () => {
    pickWhenReady = false;
    lookup(input.value);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && hits.length) render(input.value);
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('keydown', (ev) => {
    const open = !list.hidden && hits.length > 0;
    if (ev.key === 'ArrowDown' && open) {
      ev.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (ev.key === 'ArrowUp' && open) {
      ev.preventDefault();
      setActive((active <= 0 ? hits.length : active) - 1);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (open) pick(Math.max(active, 0));
      else if (hits.length && shownQuery === input.value) pick(0);
      else if (input.value.trim()) {
        pickWhenReady = true;
        lookup(input.value);
      }
    } else if (ev.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });

  return {
    /** Shows an entity's name without searching (e.g. a path end set from the graph). */
    set(entity) {
      input.value = entity?.name ?? '';
      close();
    },
  };
}
