/**
 * End-to-end helpers: the real server (listen() on a free port, the shared test Neo4j), Debian's
 * Chromium driven by playwright-core, and small probes into the page. Pages refuse every request that
 * is not to the server under test and record it, with console errors, page errors and CSP violations,
 * in `problems`, which tests assert empty: the explorer must work with no network beyond its server.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { type Listening, listen } from '../../src/server/http.ts';
import { apiClient, type Gql } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  base: string;
  gql: Gql;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1:<free port> and Chromium; close() stops both and the driver. */
export async function startHarness(): Promise<Harness> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const graph: Graph = testGraph();
  const { app, gql } = apiClient(graph, { env: 'test', graphiql: false, introspection: false });
  let server: Listening | null = null;
  try {
    server = await listen(app as never, 0, '127.0.0.1');
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    const running = server;
    return {
      base: `http://127.0.0.1:${port}`,
      gql,
      browser,
      async close() {
        await browser.close();
        await running.close();
        await graph.close();
      },
    };
  } catch (err) {
    await server?.close();
    await graph.close();
    throw err;
  }
}

export interface Opened {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/** A new context and page; only requests to `base` are let through. */
export async function openPage(h: Harness, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    acceptDownloads: true,
    ...options,
  });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${h.base}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the server: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('blob:')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * One test file's harness: started before its tests; after them, every page opened through `open`
 * and the harness are closed. `api` posts a query and expects no errors; `base` is the server's URL.
 */
export function useHarness() {
  let started: Harness | undefined;
  const opened: Opened[] = [];
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
    await started?.close();
  });
  const harness = (): Harness => {
    if (!started) throw new Error('the harness starts in beforeAll');
    return started;
  };
  return {
    base: () => harness().base,
    // biome-ignore lint/suspicious/noExplicitAny: API answers are walked freely
    async api(query: string, variables: Record<string, unknown> = {}): Promise<any> {
      const r = await harness().gql(query, variables);
      expect(r.errors).toBeUndefined();
      return r.data;
    },
    async open(options: BrowserContextOptions = {}): Promise<Opened> {
      const o = await openPage(harness(), options);
      opened.push(o);
      return o;
    },
  };
}

/** Waits until the app says everything shown matches the URL; fails on its error state. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, {
    timeout: 30_000,
  });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`explorer reported an error: ${await page.textContent('#status')}`);
}

export interface DrawnNode {
  id: string;
  kind: string;
  name: string;
  classes: string[];
  x: number;
  y: number;
}
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  classes: string[];
}

/** What Cytoscape has drawn and visible right now (model positions). */
export function drawn(page: Page): Promise<{ nodes: DrawnNode[]; edges: DrawnEdge[] }> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the page's debugging handle is untyped
    const cy = (window as any).explorer.cy;
    return {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape collections
      nodes: cy.nodes(':visible').map((n: any) => ({
        id: n.id(),
        kind: n.data('kind'),
        name: n.data('name'),
        classes: n.classes(),
        x: n.position('x'),
        y: n.position('y'),
      })),
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape collections
      edges: cy.edges(':visible').map((e: any) => ({
        id: e.id(),
        source: e.data('source'),
        target: e.data('target'),
        type: e.data('type'),
        classes: e.classes(),
      })),
    };
  });
}

/** Page coordinates of a drawn node (its centre) or edge (its midpoint). */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((elementId) => {
    // biome-ignore lint/suspicious/noExplicitAny: the page's debugging handle is untyped
    const cy = (window as any).explorer.cy;
    const el = cy.getElementById(elementId);
    if (el.empty()) return null;
    const box = cy.container().getBoundingClientRect();
    const at = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  if (!p) throw new Error(`${id} is not drawn`);
  return p;
}

/** Saves a screenshot under test-output/e2e/ and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Sorted `source|type|target` keys, to compare drawn edges with the API's. */
export function edgeKeys(edges: Array<{ source: string; target: string; type: string }>): string[] {
  return edges.map((e) => `${e.source}|${e.type}|${e.target}`).sort();
}
