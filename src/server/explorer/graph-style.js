/**
 * How each kind of entity and each relation looks: one table used by the Cytoscape stylesheet and by the
 * legend, so the two cannot disagree. Colours come from CSS custom properties (explorer.css), so the
 * drawing follows the light or dark system theme.
 */
import { svg } from './dom.js';

/** Per kind: CSS colour variable, Cytoscape shape and the matching 16×16 legend outline. */
export const KIND_LOOK = {
  CERTIFICATION: { label: 'Certification', color: '--kind-certification', shape: 'round-rectangle', outline: 'rect' },
  AUTHORITY: {
    label: 'Authority',
    color: '--kind-authority',
    shape: 'hexagon',
    outline: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  },
  STANDARD: { label: 'Standard', color: '--kind-standard', shape: 'diamond', outline: '8,0.5 15.5,8 8,15.5 0.5,8' },
  SERVICE: { label: 'Cloud service', color: '--kind-service', shape: 'ellipse', outline: 'circle' },
  JURISDICTION: {
    label: 'Jurisdiction',
    color: '--kind-jurisdiction',
    shape: 'triangle',
    outline: '8,1 15.5,14.5 0.5,14.5',
  },
};

/** "ESTABLISHED_BY" → "established by". */
export function relationLabel(type) {
  return type.toLowerCase().replaceAll('_', ' ');
}

/** A small SVG of a kind's shape in its colour (legend, badges). */
export function kindIcon(kind) {
  const look = KIND_LOOK[kind];
  const fill = `var(${look?.color ?? '--muted'})`;
  const shape =
    look?.outline === 'rect'
      ? svg('rect', { x: 1, y: 3, width: 14, height: 10, rx: 3, fill })
      : look?.outline === 'circle' || !look
        ? svg('circle', { cx: 8, cy: 8, r: 6.5, fill })
        : svg('polygon', { points: look.outline, fill });
  return svg('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' }, shape);
}

function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** The Cytoscape stylesheet for the current theme (call again when the theme changes). */
export function stylesheet() {
  const text = cssVar('--text');
  const bg = cssVar('--bg');
  const edge = cssVar('--edge');
  const highlight = cssVar('--highlight');
  const focusRing = cssVar('--focus');
  const accent = cssVar('--accent');
  const styles = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        width: 30,
        height: 30,
        'font-size': 13,
        color: text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-outline-color': bg,
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': bg,
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: 'node.focus',
      style: {
        width: 42,
        height: 42,
        'font-size': 14,
        'font-weight': 'bold',
        'border-width': 3,
        'border-color': text,
      },
    },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 'mapData(evidenceCount, 1, 20, 1.3, 4.5)',
        'curve-style': 'bezier',
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'font-size': 10,
        color: text,
        'text-rotation': 'autorotate',
        'text-background-color': cssVar('--edge-label-bg'),
        'text-background-opacity': 0.85,
        'text-background-padding': 1.5,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'edge[type = "RELATED_TO"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "COVERS"], edge[type = "APPLIES_IN"]', style: { 'line-style': 'dotted' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': focusRing } },
    {
      selector: 'edge:selected',
      style: { 'line-color': accent, 'target-arrow-color': accent, width: 5, 'z-index': 20 },
    },
    { selector: '.dim', style: { opacity: 0.2 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': highlight, 'z-index': 10 } },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': highlight,
        'target-arrow-color': highlight,
        width: 5,
        'z-index': 10,
        'font-weight': 'bold',
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  for (const [kind, look] of Object.entries(KIND_LOOK)) {
    styles.push({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': cssVar(look.color), shape: look.shape },
    });
  }
  return styles;
}
