/**
 * The current view lives in the URL query, so a link can be shared and reloaded:
 *   ?view=graph&focus=<id>&focus=<id>&depth=1&kinds=AUTHORITY,STANDARD&types=ACCREDITS&node=<id>
 *   ?view=lineage&id=<id>&dir=BOTH&max=5
 *   ?view=certifies&id=<id>
 *   ?view=path&from=<id>&to=<id>&pi=0
 * `node` or `edge` names the selection shown in the side panel (any view); `kinds`/`types` filter any
 * view (empty: everything). Unknown or malformed values fall back to defaults, never throw.
 */

export const KINDS = ['CERTIFICATION', 'AUTHORITY', 'STANDARD', 'SERVICE', 'JURISDICTION'];
export const RELATION_TYPES = [
  'ACCREDITS',
  'PUBLISHES',
  'REGULATES',
  'AUDITS',
  'ESTABLISHED_BY',
  'BASED_ON',
  'PART_OF',
  'MAPS_TO',
  'SUPERSEDES',
  'RELATED_TO',
  'COVERS',
  'APPLIES_IN',
];
export const VIEWS = ['graph', 'lineage', 'certifies', 'path'];
const DIRECTIONS = ['ANCESTORS', 'DESCENDANTS', 'BOTH'];
const MAX_FOCUS = 25;

function intIn(raw, min, max, fallback) {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function listOf(raw, allowed) {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return allowed.filter((x) => wanted.has(x));
}

/** The state in a query string (location.search). */
export function parseState(search) {
  const q = new URLSearchParams(search);
  const view = VIEWS.includes(q.get('view')) ? q.get('view') : null;
  const focus = [...new Set(q.getAll('focus').filter(Boolean))].slice(0, MAX_FOCUS);
  return {
    view: view ?? (focus.length ? 'graph' : 'home'),
    focus,
    depth: intIn(q.get('depth'), 1, 3, 1),
    kinds: listOf(q.get('kinds'), KINDS),
    types: listOf(q.get('types'), RELATION_TYPES),
    id: q.get('id') || null,
    dir: DIRECTIONS.includes(q.get('dir')) ? q.get('dir') : 'BOTH',
    max: intIn(q.get('max'), 1, 10, 5),
    from: q.get('from') || null,
    to: q.get('to') || null,
    pi: intIn(q.get('pi'), 0, 49, 0),
    node: q.get('node') || null,
    edge: q.get('edge') || null,
  };
}

/** The query string of a state (with a leading "?", or "" for the home view). */
export function formatState(s) {
  const q = new URLSearchParams();
  if (s.view !== 'home') q.set('view', s.view);
  if (s.view === 'graph') {
    for (const id of s.focus) q.append('focus', id);
    if (s.depth !== 1) q.set('depth', String(s.depth));
  } else if (s.view === 'lineage') {
    if (s.id) q.set('id', s.id);
    q.set('dir', s.dir);
    if (s.max !== 5) q.set('max', String(s.max));
  } else if (s.view === 'certifies') {
    if (s.id) q.set('id', s.id);
  } else if (s.view === 'path') {
    if (s.from) q.set('from', s.from);
    if (s.to) q.set('to', s.to);
    if (s.pi) q.set('pi', String(s.pi));
  }
  if (s.kinds.length) q.set('kinds', s.kinds.join(','));
  if (s.types.length) q.set('types', s.types.join(','));
  if (s.node) q.set('node', s.node);
  else if (s.edge) q.set('edge', s.edge);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Adds an id to the focus list (most recent last), keeping at most 25. */
export function withFocus(focus, id) {
  const next = focus.filter((f) => f !== id);
  next.push(id);
  return next.slice(-MAX_FOCUS);
}
