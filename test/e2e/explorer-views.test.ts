/**
 * The explorer's other views and its serving contract, in real Chromium against the seeded Neo4j:
 * assets and headers, lineage as a layered tree, who certifies, the path finder, filters, and the page
 * at 1280×800 and 400 px wide in light and dark themes. Screenshots: test-output/e2e/.
 */
import { describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../../src/server/explorer.ts';
import { drawn, edgeKeys, type Opened, screenshot, useHarness, waitReady } from './browser.ts';

const { api, base, open } = useHarness();

async function goto(o: Opened, query: string) {
  await o.page.goto(`${base()}/${query}`);
  await waitReady(o.page);
}

const q = encodeURIComponent;

describe('serving', () => {
  it('serves the page and its modules with types, a strict policy and revalidation, and nothing inline', async () => {
    const page = await fetch(`${base()}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(EXPLORER_CSP);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
    const refs = [...html.matchAll(/(?:src|href)="(\/explorer\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(refs).toContain('/explorer/vendor/cytoscape.mjs');
    for (const ref of refs) {
      const res = await fetch(`${base()}${ref}`);
      expect(res.status, ref).toBe(200);
      expect(res.headers.get('content-type'), ref).toMatch(/^(text\/javascript|text\/css|image\/svg\+xml)/);
    }
    const lib = await fetch(`${base()}/explorer/vendor/cytoscape.mjs`);
    expect(await lib.text()).toMatch(/export\s*\{/);
    const etag = lib.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(`${base()}/explorer/vendor/cytoscape.mjs`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(lib.headers.get('content-encoding')).toBe('gzip');
    const head = await fetch(`${base()}/explorer/vendor/cytoscape.mjs`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base()}/explorer/missing.js`)).status).toBe(404);
    expect((await fetch(`${base()}/`, { method: 'POST' })).status).toBe(405);
    // The API is still the API.
    expect((await fetch(`${base()}/health`)).status).toBe(200);
  });
});

describe('views', () => {
  it('draws the lineage of a standard as a layered tree: ancestors above, descendants below', async () => {
    const std = (await api('{ standard(name: "ISO/IEC 27017") { id } }')).standard.id;
    const steps = (
      await api(
        `query L($id: ID!) { node(id: $id) { ... on Standard { lineage(direction: BOTH) { depth direction entity { id } } } } }`,
        { id: std },
      )
    ).node.lineage as Array<{ depth: number; direction: string; entity: { id: string } }>;
    expect(steps.some((s) => s.direction === 'ANCESTORS')).toBe(true);
    expect(steps.some((s) => s.direction === 'DESCENDANTS')).toBe(true);
    const o = await open();
    await goto(o, `?view=lineage&id=${q(std)}&dir=BOTH&node=${q(std)}`);
    const got = await drawn(o.page);
    expect(got.nodes.map((n) => n.id).sort()).toEqual([std, ...new Set(steps.map((s) => s.entity.id))].sort());
    const y = new Map(got.nodes.map((n) => [n.id, n.y]));
    const rootY = y.get(std) as number;
    for (const s of steps) {
      const at = y.get(s.entity.id) as number;
      if (s.direction === 'ANCESTORS') expect(at).toBeLessThan(rootY);
      else expect(at).toBeGreaterThan(rootY);
    }
    const deeper = steps.filter((s) => s.direction === 'DESCENDANTS' && s.depth === 2);
    for (const s of deeper) expect(y.get(s.entity.id) as number).toBeGreaterThan(rootY + 1);
    await screenshot(o.page, '10-lineage-iso-27017');
    expect(o.problems).toEqual([]);
  });

  it('shows who certifies CS Gold Mark: the scheme, JASA, and the ministries that established JASA', async () => {
    const d = await api(`{
      gold: certification(name: "CS Gold Mark") { id partOf { id accreditedBy { id } publishedBy { id } regulatedBy { id } } }
      jasa: authority(name: "JASA") { id establishedBy { id } }
    }`);
    const gold = d.gold.id;
    const scheme = d.gold.partOf;
    const o = await open();
    await goto(o, `?view=certifies&id=${q(gold)}`);
    const got = await drawn(o.page);
    const keys = edgeKeys(got.edges);
    expect(keys).toContain(`${gold}|PART_OF|${scheme.id}`);
    for (const a of scheme.accreditedBy) expect(keys).toContain(`${a.id}|ACCREDITS|${scheme.id}`);
    for (const a of scheme.publishedBy) expect(keys).toContain(`${a.id}|PUBLISHES|${scheme.id}`);
    for (const a of scheme.regulatedBy) expect(keys).toContain(`${a.id}|REGULATES|${scheme.id}`);
    expect(scheme.accreditedBy.map((a: { id: string }) => a.id)).toContain(d.jasa.id);
    for (const a of d.jasa.establishedBy) expect(keys).toContain(`${d.jasa.id}|ESTABLISHED_BY|${a.id}`);
    // Layered from the founders at the top down to the certification.
    const y = new Map(got.nodes.map((n) => [n.id, n.y]));
    for (const founder of d.jasa.establishedBy)
      expect(y.get(founder.id) as number).toBeLessThan(y.get(d.jasa.id) as number);
    expect(y.get(d.jasa.id) as number).toBeLessThan(y.get(scheme.id) as number);
    expect(y.get(scheme.id) as number).toBeLessThan(y.get(gold) as number);
    await screenshot(o.page, '11-who-certifies-cs-gold');
    expect(o.problems).toEqual([]);
  });

  it('finds a path between two entities picked in the path finder and highlights it', async () => {
    const d = await api(`{ from: certification(name: "CS Gold Mark") { id } to: authority(name: "MIC") { id } }`);
    const paths = (
      await api(
        `query P($from: ID!, $to: ID!) { path(from: $from, to: $to, maxDepth: 6, limit: 10) {
          entities { id } relations { id } } }`,
        { from: d.from.id, to: d.to.id },
      )
    ).path;
    expect(paths.length).toBeGreaterThan(0);
    const o = await open();
    await goto(o, '');
    await o.page.click('button[data-view=path]');
    await waitReady(o.page);
    for (const [input, text, id] of [
      ['#path-from-input', 'CS Gold', d.from.id],
      ['#path-to-input', 'MIC', d.to.id],
    ]) {
      await o.page.fill(input as string, text as string);
      await o.page.locator(`${input?.replace('-input', '-list')} [data-id="${id}"]`).click();
    }
    await o.page.click('#path-go');
    await waitReady(o.page);
    const url = new URL(o.page.url());
    expect([url.searchParams.get('view'), url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([
      'path',
      d.from.id,
      d.to.id,
    ]);
    const got = await drawn(o.page);
    const lit = [...got.nodes, ...got.edges].filter((e) => e.classes.includes('on-path')).map((e) => e.id);
    expect(lit.sort()).toEqual([...paths[0].entities, ...paths[0].relations].map((e: { id: string }) => e.id).sort());
    await screenshot(o.page, '12-path-cs-gold-to-mic');
    expect(o.problems).toEqual([]);
  });

  it('filters by kind and relation type, in the URL and in the drawing, as the API filters', async () => {
    const gold = (await api('{ certification(name: "CS Gold Mark") { id } }')).certification.id;
    const o = await open();
    await goto(o, `?view=graph&focus=${q(gold)}`);
    expect((await drawn(o.page)).nodes.some((n) => n.kind === 'SERVICE')).toBe(true);
    await o.page.locator('#kind-filter input[value=SERVICE]').uncheck();
    await waitReady(o.page);
    await o.page.locator('#type-filter input[value=RELATED_TO]').uncheck();
    await waitReady(o.page);
    const url = new URL(o.page.url());
    const kinds = (url.searchParams.get('kinds') ?? '').split(',');
    const types = (url.searchParams.get('types') ?? '').split(',');
    expect(kinds).not.toContain('SERVICE');
    expect(kinds).toContain('AUTHORITY');
    expect(types).not.toContain('RELATED_TO');
    const g = (
      await api(
        `query G($f: [ID!]!, $k: [EntityKind!], $t: [RelationType!]) { graph(focus: $f, kinds: $k, relationTypes: $t, limit: 300) {
          nodes { id } edges { source target type } } }`,
        { f: [gold], k: kinds, t: types },
      )
    ).graph;
    const got = await drawn(o.page);
    expect(got.nodes.map((n) => n.id).sort()).toEqual(g.nodes.map((n: { id: string }) => n.id).sort());
    expect(edgeKeys(got.edges)).toEqual(edgeKeys(g.edges));
    expect(got.nodes.some((n) => n.kind === 'SERVICE')).toBe(false);
    expect(got.edges.some((e) => e.type === 'RELATED_TO')).toBe(false);
    await o.page.reload();
    await waitReady(o.page);
    expect(await o.page.locator('#kind-filter input[value=SERVICE]').isChecked()).toBe(false);
    expect(o.problems).toEqual([]);
  });
});

describe('layout and themes', () => {
  const cases = [
    { name: '20-wide-light', width: 1280, height: 800, colorScheme: 'light' },
    { name: '21-wide-dark', width: 1280, height: 800, colorScheme: 'dark' },
    { name: '22-narrow-light', width: 400, height: 800, colorScheme: 'light' },
    { name: '23-narrow-dark', width: 400, height: 800, colorScheme: 'dark' },
  ] as const;

  for (const c of cases) {
    it(`is usable at ${c.width}×${c.height} in the ${c.colorScheme} theme`, async () => {
      const gold = (await api('{ certification(name: "CS Gold Mark") { id } }')).certification.id;
      const o = await open({ viewport: { width: c.width, height: c.height }, colorScheme: c.colorScheme });
      await goto(o, `?view=graph&focus=${q(gold)}&node=${q(gold)}`);
      const m = await o.page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        const rgb = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          search: box('#search-input'),
          graph: box('#cy'),
          panel: box('#panel'),
          luminance: ((rgb[0] ?? 0) + (rgb[1] ?? 0) + (rgb[2] ?? 0)) / 3,
        };
      });
      expect(m.overflow).toBeLessThanOrEqual(0);
      expect(m.search?.top).toBeGreaterThanOrEqual(0);
      expect(m.search?.bottom).toBeLessThanOrEqual(c.height);
      expect(m.graph?.width).toBeGreaterThan(c.width * 0.5);
      expect(m.graph?.height).toBeGreaterThan(300);
      if (c.colorScheme === 'dark') expect(m.luminance).toBeLessThan(60);
      else expect(m.luminance).toBeGreaterThan(200);
      // The search is reachable by keyboard from the top of the page: skip link, then the search box.
      await o.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await o.page.keyboard.press('Tab');
      await o.page.keyboard.press('Enter');
      expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await screenshot(o.page, c.name);
      expect(o.problems).toEqual([]);
    });
  }
});
