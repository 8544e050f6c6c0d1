/**
 * The explorer app: the URL is the state (url-state.js); every change goes through navigate(), which
 * updates the URL and redraws what changed. `document.body.dataset.state` is "loading" while a view or
 * panel is being fetched and "ready" once everything shown matches the URL ("error" after a failure),
 * which is what end-to-end tests wait for. `window.explorer` exposes the Cytoscape instance for
 * debugging.
 */
import * as api from './api.js';
import { buildFilters, renderListing, renderPaths, syncFilters } from './controls.js';
import { createCanvas } from './graph-canvas.js';
import { renderEntity, renderMessage } from './panel.js';
import { renderPath, renderRelation } from './panel-relation.js';
import { createSearchBox } from './search-box.js';
import { formatState, parseState, withFocus } from './url-state.js';
import { loadView } from './views.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'),
  panel: $('panel'),
  welcome: $('welcome'),
  depth: $('depth'),
  pathForm: $('path-form'),
  pathList: $('path-list'),
  listing: $('listing-body'),
  filters: { kindBox: $('kind-filter'), typeBox: $('type-filter') },
};

let state = parseState(location.search);
let loadedKey = null;
let current = { paths: [], focusIds: [] };
let expandAnchor = null;
let generation = 0;
const pathEnds = { from: null, to: null };

function viewKey(s) {
  const base = { view: s.view };
  if (s.view === 'graph') Object.assign(base, { focus: s.focus, depth: s.depth, kinds: s.kinds, types: s.types });
  if (s.view === 'lineage') Object.assign(base, { id: s.id, dir: s.dir, max: s.max });
  if (s.view === 'certifies') base.id = s.id;
  if (s.view === 'path') Object.assign(base, { from: s.from, to: s.to });
  return JSON.stringify(base);
}

function setStatus(text, isError = false) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

/** Applies a change to the state; `push` adds a history entry (views), otherwise the URL is replaced. */
function navigate(patch, { push = false } = {}) {
  state = { ...state, ...patch };
  const url = `${location.pathname}${formatState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void render();
}

const canvas = createCanvas($('cy'), {
  onSelectNode: (id) => navigate({ node: id, edge: null }),
  onSelectEdge: (id) => navigate({ edge: id, node: null }),
  onExpand: (id) => expand(id),
  onClear: () => navigate({ node: null, edge: null }),
});
window.explorer = { cy: canvas.cy, state: () => state };

function expand(id) {
  if (state.view === 'graph') {
    expandAnchor = id;
    navigate({ focus: withFocus(state.focus, id), node: id, edge: null }, { push: true });
  } else navigate({ view: 'graph', focus: [id], node: id, edge: null }, { push: true });
}

const act = {
  entity: (id) => navigate({ node: id, edge: null }),
  edge: (rel) => navigate({ edge: rel.id, node: null }),
  expand,
  neighbourhood: (id) => navigate({ view: 'graph', focus: [id], node: id, edge: null }, { push: true }),
  lineage: (id) => navigate({ view: 'lineage', id, node: id, edge: null }, { push: true }),
  certifies: (id) => navigate({ view: 'certifies', id, node: id, edge: null }, { push: true }),
  pathFrom: (e) => {
    pathEnds.from = e;
    navigate({ view: 'path', from: e.id, to: state.to === e.id ? null : state.to, pi: 0 }, { push: true });
    $('path-to-input').focus();
  },
};

/** The entity the view buttons act on: the selection, else the view's subject. */
function subject() {
  return state.node ?? state.id ?? state.focus.at(-1) ?? state.from ?? null;
}

function syncControls() {
  for (const b of document.querySelectorAll('[data-view]'))
    b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  syncFilters(ui.filters, state.kinds, state.types);
  ui.depth.value = String(state.depth);
  ui.depth.disabled = state.view !== 'graph';
  $('lineage-dir').value = state.dir;
  $('lineage-dir-label').hidden = state.view !== 'lineage';
  ui.pathForm.hidden = state.view !== 'path';
  ui.welcome.hidden = state.view !== 'home';
}

async function fillPathInputs(gen) {
  const missing = ['from', 'to'].filter((end) => state[end] && pathEnds[end]?.id !== state[end]);
  if (!missing.length) return;
  const found = await api.brief(missing.map((end) => state[end]));
  if (gen !== generation) return;
  missing.forEach((end, i) => {
    pathEnds[end] = found[i];
    boxes[end].set(found[i]);
  });
}

async function renderView(gen) {
  const anchor = expandAnchor;
  expandAnchor = null;
  setStatus('Loading…');
  const view = await loadView(state);
  if (gen !== generation) return;
  await canvas.show(view.elements, { layout: view.layout, layers: view.layers, keep: Boolean(anchor), anchor });
  current = view;
  loadedKey = viewKey(state);
  setStatus(view.status);
}

function applyDecorations() {
  canvas.filter(state.kinds, state.types, current.focusIds ?? []);
  if (state.view === 'path' && current.paths?.length) {
    const i = Math.min(state.pi, current.paths.length - 1);
    const p = current.paths[i];
    canvas.highlight([...p.entities.map((e) => e.id), ...p.relations.map((r) => r.id)]);
    renderPaths(ui.pathList, current.paths, i, (k) => navigate({ pi: k }));
  } else {
    canvas.highlight(null);
    renderPaths(ui.pathList, [], 0, () => {});
  }
  renderListing(ui.listing, canvas.snapshot(), (id) =>
    canvas.cy.getElementById(id).isEdge() ? navigate({ edge: id, node: null }) : navigate({ node: id, edge: null }),
  );
}

async function renderPanel(gen) {
  canvas.select(state.node ?? state.edge);
  if (state.node) {
    const e = await api.entityDetails(state.node);
    if (gen === generation) renderEntity(ui.panel, e, act);
  } else if (state.edge) {
    const r = await api.relationDetails(state.edge);
    if (gen === generation) renderRelation(ui.panel, r, act);
  } else if (state.view === 'path' && current.paths?.length) {
    renderPath(ui.panel, current.paths[Math.min(state.pi, current.paths.length - 1)], act);
  } else {
    renderMessage(ui.panel, 'Select a node or an edge to see its details and evidence.');
  }
}

async function render() {
  const gen = ++generation;
  document.body.dataset.state = 'loading';
  syncControls();
  try {
    if (viewKey(state) !== loadedKey) await renderView(gen);
    if (gen !== generation) return;
    applyDecorations();
    await Promise.all([renderPanel(gen), state.view === 'path' ? fillPathInputs(gen) : null]);
    if (gen === generation) document.body.dataset.state = 'ready';
  } catch (err) {
    if (gen !== generation) return;
    setStatus(err.message, true);
    document.body.dataset.state = 'error';
  }
}

// Wiring.
const boxes = {
  main: createSearchBox({
    input: $('search-input'),
    list: $('search-list'),
    onPick: (e) => navigate({ view: 'graph', focus: [e.id], node: e.id, edge: null, depth: 1 }, { push: true }),
  }),
  from: createSearchBox({ input: $('path-from-input'), list: $('path-from-list'), onPick: (e) => (pathEnds.from = e) }),
  to: createSearchBox({ input: $('path-to-input'), list: $('path-to-list'), onPick: (e) => (pathEnds.to = e) }),
};

ui.pathForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  if (!pathEnds.from || !pathEnds.to) {
    setStatus('Pick both ends of the path from the suggestions.', true);
    return;
  }
  navigate({ view: 'path', from: pathEnds.from.id, to: pathEnds.to.id, pi: 0, node: null, edge: null }, { push: true });
});

buildFilters({ ...ui.filters, onChange: ({ kinds, types }) => navigate({ kinds, types }) });
ui.depth.addEventListener('change', () => navigate({ depth: Number(ui.depth.value) }, { push: true }));
$('lineage-dir').addEventListener('change', () => navigate({ dir: $('lineage-dir').value }, { push: true }));

for (const b of document.querySelectorAll('[data-view]')) {
  b.addEventListener('click', () => {
    const id = subject();
    const view = b.dataset.view;
    if (view === 'path') navigate({ view, from: state.from ?? id, pi: 0 }, { push: true });
    else if (!id) setStatus('Search for an entity first.', true);
    else if (view === 'graph') navigate({ view, focus: state.focus.length ? state.focus : [id] }, { push: true });
    else navigate({ view, id }, { push: true });
  });
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$('export-png').addEventListener('click', () => download(canvas.png(), `compliance-graph-${state.view}.png`));
$('export-json').addEventListener('click', () => {
  const data = { exportedAt: new Date().toISOString(), link: location.href, view: state, ...canvas.snapshot() };
  download(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
    `compliance-graph-${state.view}.json`,
  );
});
$('copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    setStatus('Link to this view copied.');
  } catch {
    setStatus(`Link: ${location.href}`);
  }
});

document.querySelector('.skip').addEventListener('click', (ev) => {
  ev.preventDefault();
  $('search-input').focus();
});
document.addEventListener('keydown', (ev) => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '');
  if (ev.key === '/' && !typing) {
    ev.preventDefault();
    $('search-input').focus();
  }
});

window.addEventListener('popstate', () => {
  state = parseState(location.search);
  void render();
});

void render();
