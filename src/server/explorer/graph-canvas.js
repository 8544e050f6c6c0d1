/**
 * The drawing: a Cytoscape instance plus the few operations the app needs (show a set of elements with
 * a layout, select, highlight a path, filter, export). Elements use the API's shapes directly:
 * nodes { id kind name depth? }, edges { id source target type evidenceCount }.
 */

import { relationLabel, stylesheet } from './graph-style.js';
import cytoscape from './vendor/cytoscape.mjs';

const LAYER_GAP = 150;
const COLUMN_GAP = 170;

/** Cytoscape element definitions for API nodes and edges; edges to missing nodes are dropped. */
export function toElements(nodes, edges, focusIds = []) {
  const focus = new Set(focusIds);
  const ids = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, kind: n.kind, name: n.name, depth: n.depth ?? null },
      classes: focus.has(n.id) ? 'focus' : '',
    })),
    ...edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          label: relationLabel(e.type),
          evidenceCount: e.evidenceCount ?? 1,
        },
      })),
  ];
}

/**
 * Positions for a layered drawing: `layers` maps node id → layer (smaller is higher up). Layer 0 is
 * ordered by name; each layer further out is ordered by the mean position of its neighbours in the
 * layer nearer to 0 (barycentre), which keeps edges from crossing where it can.
 */
export function layeredPositions(cy, layers) {
  const byLayer = new Map();
  for (const node of cy.nodes()) {
    const layer = layers.get(node.id()) ?? 0;
    if (!byLayer.has(layer)) byLayer.set(layer, []);
    byLayer.get(layer).push(node);
  }
  const order = [...byLayer.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const positions = {};
  for (const layer of order) {
    const nodes = byLayer.get(layer);
    const inner = layer === 0 ? null : layer - Math.sign(layer);
    const key = (n) => {
      const xs = n
        .neighborhood('node')
        .filter((m) => (layers.get(m.id()) ?? 0) === inner && positions[m.id()])
        .map((m) => positions[m.id()].x);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    // Layer 0 spreads evenly; outer layers sit under (or over) their neighbours, at least a column apart.
    const want = new Map(nodes.map((n) => [n.id(), inner === null ? 0 : key(n)]));
    nodes.sort((a, b) => want.get(a.id()) - want.get(b.id()) || a.data('name').localeCompare(b.data('name')));
    const xs = [];
    for (const [i, n] of nodes.entries()) {
      const w = inner === null ? (i - (nodes.length - 1) / 2) * COLUMN_GAP : want.get(n.id());
      xs.push(i === 0 ? w : Math.max(w, xs[i - 1] + COLUMN_GAP));
    }
    const shift =
      nodes.reduce((sum, n, i) => sum + ((inner === null ? xs[i] : want.get(n.id())) - xs[i]), 0) / nodes.length;
    nodes.forEach((n, i) => {
      positions[n.id()] = { x: xs[i] + shift, y: layer * LAYER_GAP };
    });
  }
  return positions;
}

export function createCanvas(container, handlers) {
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node', (e) => handlers.onSelectNode(e.target.id()));
  cy.on('tap', 'edge', (e) => handlers.onSelectEdge(e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) handlers.onClear();
  });
  cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => cy.style(stylesheet()));
  new ResizeObserver(() => cy.resize()).observe(container);

  function fitView() {
    cy.fit(cy.elements(':visible'), 30);
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center(cy.elements(':visible'));
    }
  }

  function run(options) {
    return new Promise((resolve) => {
      const layout = cy.elements(':visible').layout(options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  return {
    cy,

    /**
     * Replaces the drawing. layout: 'force' (neighbourhoods: seeded rings by depth, then cose) or
     * 'layered' (with `layers`, id → layer). With `keep`, nodes already drawn keep their place and new
     * ones start around `anchor` (incremental expansion).
     */
    async show(elements, { layout = 'force', layers = null, keep = false, anchor = null } = {}) {
      const old = new Map(keep ? cy.nodes().map((n) => [n.id(), { ...n.position() }]) : []);
      const anchorPos = (anchor && old.get(anchor)) || { x: 0, y: 0 };
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      if (layout === 'layered') {
        await run({ name: 'preset', positions: layeredPositions(cy, layers ?? new Map()), fit: false });
      } else {
        // Deterministic start: focus in the middle, each depth on a ring (or around the anchor).
        const fresh = cy.nodes().filter((n) => !old.has(n.id()));
        fresh.forEach((n, i) => {
          const ring = keep ? 1 : (n.data('depth') ?? 1);
          const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + ring;
          const r = keep ? 140 : 160 * ring;
          n.position({ x: anchorPos.x + r * Math.cos(angle), y: anchorPos.y + r * Math.sin(angle) });
        });
        for (const [id, pos] of old) cy.getElementById(id).position(pos);
        await run({
          name: 'cose',
          animate: false,
          randomize: false,
          fit: false,
          padding: 30,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 600000,
          idealEdgeLength: () => 90,
          edgeElasticity: () => 120,
          nodeOverlap: 40,
          gravity: 0.25,
          numIter: 2000,
          componentSpacing: 100,
        });
      }
      fitView();
    },

    /** Selects one element by id (or nothing); returns whether it is drawn. */
    select(id) {
      cy.elements(':selected').unselect();
      if (!id) return false;
      const el = cy.getElementById(id);
      if (el.empty()) return false;
      el.select();
      return true;
    },

    /** Dims everything except the given ids, which get the `on-path` class; none: clears. */
    highlight(ids) {
      cy.batch(() => {
        cy.elements().removeClass('on-path dim');
        if (!ids) return;
        const keep = new Set(ids);
        for (const el of cy.elements()) el.addClass(keep.has(el.id()) ? 'on-path' : 'dim');
      });
    },

    /** Hides nodes of other kinds (never the `keepIds`) and edges of other types; empty lists keep all. */
    filter(kinds, types, keepIds = []) {
      const keep = new Set(keepIds);
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        if (kinds.length) {
          cy.nodes()
            .filter((n) => !keep.has(n.id()) && !kinds.includes(n.data('kind')))
            .addClass('filtered');
        }
        if (types.length)
          cy.edges()
            .filter((e) => !types.includes(e.data('type')))
            .addClass('filtered');
      });
    },

    fit: fitView,

    /** The visible drawing as a PNG Blob, on the theme's background. */
    png() {
      const bg = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
      return cy.png({ output: 'blob', full: true, scale: 2, maxWidth: 4096, maxHeight: 4096, bg });
    },

    /** The visible nodes and edges in the API's shapes. */
    snapshot() {
      const vis = cy.elements(':visible');
      return {
        nodes: vis.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), name: n.data('name') })),
        edges: vis.edges().map((e) => ({
          id: e.id(),
          source: e.data('source'),
          target: e.data('target'),
          type: e.data('type'),
          evidenceCount: e.data('evidenceCount'),
        })),
      };
    },
  };
}
