/**
 * The explorer: a static single-page app served by the same yoga instance, talking only to /graphql.
 *
 * Contract:
 * - `GET /` is the page (src/server/explorer/index.html); `GET /explorer/<file>` the files beside it;
 *   `GET /explorer/vendor/cytoscape.mjs` is Cytoscape.js's ES module read from node_modules. Everything is
 *   read once, when useExplorer() is called; nothing is fetched from a network at run time.
 * - HEAD is answered like GET without a body; other methods get 405. Unknown /explorer/ paths get 404.
 *   Other paths (/graphql, /health, /ready) pass through untouched.
 * - Every response carries a strict Content-Security-Policy (scripts, styles and connections from the
 *   same origin only; no inline script or style elements; no framing), nosniff and no-referrer.
 * - Caching: `no-cache` with a strong ETag (revalidated every time, 304 when unchanged), so a deploy is
 *   seen at once and an unchanged file costs one small round trip. Text files are also kept gzipped and
 *   sent so when the client accepts gzip.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** The policy of every explorer response. Cytoscape styles its canvas through the CSSOM, which CSP allows. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer> | null;
  type: string;
  etag: string;
}

export interface ExplorerOptions {
  /** Directory of the page's files (default: ./explorer beside this module). */
  dir?: string;
}

/** Copies into a fresh ArrayBuffer (Node may hand out views of a shared pool). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function asset(bytes: Uint8Array, file: string): Asset {
  const body = own(bytes);
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const compressible = /^(text\/|image\/svg|application\/json)/.test(type) && body.length > 1024;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzipped: compressible ? own(gzipSync(body, { level: 9 })) : null, type, etag };
}

/** Reads the page's files (recursively) and Cytoscape's ES module into memory, keyed by URL path. */
export function loadExplorerAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else if (path.extname(name) in CONTENT_TYPES)
        assets.set(`/explorer/${prefix}${name}`, asset(readFileSync(full), name));
    }
  };
  walk(dir, '');
  const index = assets.get('/explorer/index.html');
  if (!index) throw new Error(`explorer: ${dir}/index.html is missing`);
  assets.set('/', index);
  assets.delete('/explorer/index.html');
  // `require.resolve('cytoscape')` gives dist/cytoscape.cjs.js; the ES module build sits beside it.
  const dist = path.dirname(createRequire(import.meta.url).resolve('cytoscape'));
  const esm = path.join(dist, 'cytoscape.esm.min.mjs');
  assets.set('/explorer/vendor/cytoscape.mjs', asset(readFileSync(esm), esm));
  return assets;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

function acceptsGzip(request: Request): boolean {
  return /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
}

/** Answers `/` and `/explorer/*` from memory; see the module comment for the contract. */
export function useExplorer(options: ExplorerOptions = {}): Plugin {
  const dir = options.dir ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'explorer');
  const assets = loadExplorerAssets(dir);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const p = url.pathname;
      if (p !== '/' && p !== '/explorer' && !p.startsWith('/explorer/')) return;
      // A fresh object: the ponyfilled Headers may write into the object it was given.
      const headers = new fetchAPI.Headers({ ...SECURITY_HEADERS });
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        headers.set('allow', 'GET, HEAD');
        endResponse(new fetchAPI.Response(null, { status: 405, headers }));
        return;
      }
      if (p === '/explorer' || p === '/explorer/') {
        headers.set('location', `/${url.search}`);
        endResponse(new fetchAPI.Response(null, { status: 308, headers }));
        return;
      }
      const found = assets.get(p);
      if (!found) {
        headers.set('content-type', 'text/plain; charset=utf-8');
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers }));
        return;
      }
      // A gzipped body is another representation, so it gets its own tag.
      const gzip = found.gzipped !== null && acceptsGzip(request);
      const etag = gzip ? found.etag.replace(/"$/, '-gz"') : found.etag;
      headers.set('cache-control', 'no-cache');
      headers.set('etag', etag);
      headers.set('vary', 'accept-encoding');
      const tags = (request.headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (tags.includes(etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const body = gzip && found.gzipped ? found.gzipped : found.body;
      headers.set('content-type', found.type);
      if (gzip) headers.set('content-encoding', 'gzip');
      headers.set('content-length', String(body.length));
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
