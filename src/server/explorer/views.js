/**
 * Loads one view from the API and turns it into what the canvas draws:
 * { elements, layout: 'force'|'layered', layers?, focusIds, status, paths?, highlight? }.
 * Views: graph (neighbourhood of the focus ids), lineage (layered: ancestors above, descendants
 * below), certifies (layered: establishing bodies, certifying bodies, scheme, tier), path (every
 * shortest path, one highlighted).
 */
import * as api from './api.js';
import { toElements } from './graph-canvas.js';

const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function counts(nodes, edges) {
  return `${plural(nodes.length, 'node')}, ${plural(edges.length, 'edge')}`;
}

/** Unique nodes and edges from relations (and extra entities). */
function fromRelations(relations, entities = []) {
  const nodes = new Map(entities.map((e) => [e.id, e]));
  const edges = new Map();
  for (const r of relations) {
    nodes.set(r.from.id, nodes.get(r.from.id) ?? r.from);
    nodes.set(r.to.id, nodes.get(r.to.id) ?? r.to);
    edges.set(r.id, { id: r.id, source: r.from.id, target: r.to.id, type: r.type, evidenceCount: r.evidenceCount });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

async function graphView(s) {
  if (!s.focus.length) return { elements: [], focusIds: [], status: 'Pick an entity to draw its neighbourhood.' };
  const g = await api.neighbourhood({ focus: s.focus, depth: s.depth, kinds: s.kinds, types: s.types });
  const note = g.truncated ? ' — some neighbours left out; filter by kind or type to see them' : '';
  return {
    elements: toElements(g.nodes, g.edges, s.focus),
    layout: 'force',
    focusIds: s.focus,
    status: `Neighbourhood: ${counts(g.nodes, g.edges)}${note}`,
  };
}

async function lineageView(s) {
  const { root, steps } = await api.lineage(s.id, s.dir, s.max);
  if (!['CERTIFICATION', 'STANDARD'].includes(root.kind)) {
    return {
      elements: toElements([root], [], [root.id]),
      focusIds: [root.id],
      status: 'Lineage is drawn for standards and certifications.',
    };
  }
  const layers = new Map([[root.id, 0]]);
  for (const st of steps) {
    if (!layers.has(st.entity.id)) layers.set(st.entity.id, st.direction === 'DESCENDANTS' ? st.depth : -st.depth);
  }
  const { nodes, edges } = fromRelations(
    steps.flatMap((st) => st.via),
    [root, ...steps.map((st) => st.entity)],
  );
  const up = steps.filter((st) => st.direction !== 'DESCENDANTS').length;
  return {
    elements: toElements(nodes, edges, [root.id]),
    layout: 'layered',
    layers,
    focusIds: [root.id],
    status: `Lineage of ${root.name}: ${plural(up, 'ancestor')} above, ${plural(steps.length - up, 'descendant')} below`,
  };
}

async function certifiesView(s) {
  const { root, relations } = await api.certifiers(s.id);
  if (root.kind !== 'CERTIFICATION') {
    return {
      elements: toElements([root], [], [root.id]),
      focusIds: [root.id],
      status: '“Who certifies” is drawn for certifications.',
    };
  }
  // Bottom: the certification; above it the scheme it is a tier of; then certifying bodies; then founders.
  const parents = relations.filter((r) => r.type === 'PART_OF').map((r) => r.to.id);
  const layers = new Map([[root.id, parents.length ? 1 : 0]]);
  for (const p of parents) layers.set(p, 0);
  for (const r of relations.filter((x) => !['PART_OF', 'ESTABLISHED_BY'].includes(x.type))) layers.set(r.from.id, -1);
  for (const r of relations.filter((x) => x.type === 'ESTABLISHED_BY')) {
    if (!layers.has(r.to.id)) layers.set(r.to.id, -2);
  }
  const { nodes, edges } = fromRelations(relations, [root]);
  const bodies = nodes.filter((n) => n.kind === 'AUTHORITY').length;
  return {
    elements: toElements(nodes, edges, [root.id]),
    layout: 'layered',
    layers,
    focusIds: [root.id],
    status: bodies
      ? `Who certifies ${root.name}: ${plural(bodies, 'authority', 'authorities')}`
      : `No certifying body recorded for ${root.name}`,
  };
}

async function pathView(s) {
  if (!s.from || !s.to)
    return { elements: [], focusIds: [], status: 'Choose two entities in the path finder.', paths: [] };
  const found = await api.paths(s.from, s.to);
  if (!found.length) {
    return { elements: [], focusIds: [], status: 'No path between them within 6 steps.', paths: [] };
  }
  const { nodes, edges } = fromRelations(
    found.flatMap((p) => p.relations),
    found.flatMap((p) => p.entities),
  );
  const chosen = found[Math.min(s.pi, found.length - 1)];
  return {
    elements: toElements(nodes, edges, [s.from, s.to]),
    layout: 'force',
    focusIds: [s.from, s.to],
    highlight: [...chosen.entities.map((e) => e.id), ...chosen.relations.map((r) => r.id)],
    paths: found,
    status: `${plural(found.length, 'shortest path')} of length ${chosen.length}; path ${Math.min(s.pi, found.length - 1) + 1} highlighted`,
  };
}

const LOADERS = { graph: graphView, lineage: lineageView, certifies: certifiesView, path: pathView };

/** Loads the view named by state.view (home: nothing). */
export function loadView(state) {
  const load = LOADERS[state.view];
  return load ? load(state) : Promise.resolve({ elements: [], focusIds: [], status: '' });
}
