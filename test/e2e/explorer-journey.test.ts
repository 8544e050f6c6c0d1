/**
 * The explorer in real Chromium against the real seeded Neo4j: search in two scripts, draw a
 * neighbourhood, expand nodes, open evidence, reload a deep link, export PNG and JSON. Every drawing
 * is compared with what the GraphQL API answers for the same question. Screenshots: test-output/e2e/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  drawn,
  edgeKeys,
  type Opened,
  OUTPUT_DIR,
  pngSize,
  pointOf,
  screenshot,
  useHarness,
  waitReady,
} from './browser.ts';

const { api, base, open } = useHarness();

const GRAPH = `query G($focus: [ID!]!) { graph(focus: $focus, depth: 1, limit: 300) {
  nodes { id } edges { id source target type } } }`;

/** The API's neighbourhood of `focus`, as the explorer asks for it. */
async function apiGraph(focus: string[]) {
  const g = (await api(GRAPH, { focus })).graph;
  return { nodes: g.nodes.map((n: { id: string }) => n.id).sort(), edges: edgeKeys(g.edges) };
}

async function expectDrawnLike(o: Opened, focus: string[]) {
  const want = await apiGraph(focus);
  const got = await drawn(o.page);
  expect(got.nodes.map((n) => n.id).sort()).toEqual(want.nodes);
  expect(edgeKeys(got.edges)).toEqual(want.edges);
  return got;
}

async function ids() {
  const d = await api(`{
    gold: certification(name: "CS Gold Mark") { id partOf { id } }
    jasa: authority(name: "JASA") { id establishedBy { id } }
    mic: authority(name: "MIC") { id }
    meti: authority(name: "METI") { id }
  }`);
  return {
    gold: d.gold.id,
    csMark: d.gold.partOf.id,
    jasa: d.jasa.id,
    mic: d.mic.id,
    meti: d.meti.id,
    jasaFounders: d.jasa.establishedBy,
  };
}

describe('explorer journey', () => {
  it('finds "CS Gold" from the keyboard and draws its neighbourhood as the API returns it', async () => {
    const o = await open();
    await o.page.goto(`${base()}/`);
    await waitReady(o.page);
    await o.page.keyboard.press('/');
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await o.page.keyboard.type('CS Gold');
    const hits = (await api('{ search(query: "CS Gold", first: 8) { entity { id name } } }')).search;
    expect(hits[0].entity.name).toBe('CS Gold Mark');
    const options = o.page.locator('#search-list [role=option][data-id]');
    await expect
      .poll(() => options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id)))
      .toEqual(hits.map((x: { entity: { id: string } }) => x.entity.id));
    expect(await o.page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    await screenshot(o.page, '01-search-cs-gold');

    await o.page.keyboard.press('Enter');
    await waitReady(o.page);
    const gold = hits[0].entity.id;
    const url = new URL(o.page.url());
    expect(url.searchParams.get('view')).toBe('graph');
    expect(url.searchParams.getAll('focus')).toEqual([gold]);
    const got = await expectDrawnLike(o, [gold]);
    expect(got.nodes.find((n) => n.id === gold)?.classes).toContain('focus');
    expect(await o.page.getAttribute('#panel-title', 'data-id')).toBe(gold);
    await screenshot(o.page, '02-graph-cs-gold');
    expect(o.problems).toEqual([]);
  });

  it('suggests Japanese names for "クラウド" and opens the one picked with the arrow keys', async () => {
    const o = await open();
    await o.page.goto(`${base()}/`);
    await waitReady(o.page);
    await o.page.focus('#search-input');
    await o.page.keyboard.type('クラウド');
    const hits = (await api('{ search(query: "クラウド", first: 8) { entity { id name names { locale name } } } }'))
      .search;
    expect(hits.length).toBeGreaterThan(1);
    const options = o.page.locator('#search-list [role=option][data-id]');
    await expect
      .poll(() => options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id)))
      .toEqual(hits.map((x: { entity: { id: string } }) => x.entity.id));
    // Where the Japanese name is what matched, the suggestion shows it next to the English name.
    const matched = await options.evaluateAll((els) => els.map((e) => e.querySelector('.matched')?.textContent ?? ''));
    hits.forEach((hit: { entity: { name: string; names: Array<{ locale: string; name: string }> } }, i: number) => {
      const ja = hit.entity.names.find((n) => n.locale === 'ja')?.name ?? '';
      if (ja.includes('クラウド') && !hit.entity.name.includes('クラウド')) expect(matched[i]).toContain('クラウド');
    });
    expect(matched.some((m) => m.includes('クラウド'))).toBe(true);
    await screenshot(o.page, '03-search-kuraudo');

    await o.page.keyboard.press('ArrowDown');
    await o.page.keyboard.press('ArrowDown');
    await o.page.keyboard.press('Enter');
    await waitReady(o.page);
    const picked = hits[1].entity;
    expect(await o.page.getAttribute('#panel-title', 'data-id')).toBe(picked.id);
    const names = await o.page
      .locator('#panel table.names tr')
      .evaluateAll((rows) =>
        rows.map((r) => ({ locale: r.querySelector('th')?.textContent, name: r.querySelector('td')?.textContent })),
      );
    expect(names).toEqual(picked.names);
    expect(o.problems).toEqual([]);
  });

  it('expands nodes until JASA, MIC and METI are drawn and connected as the graph says', async () => {
    const id = await ids();
    expect(id.jasaFounders.map((a: { id: string }) => a.id).sort()).toEqual([id.meti, id.mic].sort());
    const o = await open();
    await o.page.goto(`${base()}/?view=graph&focus=${encodeURIComponent(id.gold)}`);
    await waitReady(o.page);
    await expectDrawnLike(o, [id.gold]);

    let at = await pointOf(o.page, id.csMark);
    await o.page.mouse.dblclick(at.x, at.y);
    await waitReady(o.page);
    expect(new URL(o.page.url()).searchParams.getAll('focus')).toEqual([id.gold, id.csMark]);
    let got = await expectDrawnLike(o, [id.gold, id.csMark]);
    expect(edgeKeys(got.edges)).toContain(`${id.jasa}|ACCREDITS|${id.csMark}`);

    at = await pointOf(o.page, id.jasa);
    await o.page.mouse.dblclick(at.x, at.y);
    await waitReady(o.page);
    got = await expectDrawnLike(o, [id.gold, id.csMark, id.jasa]);
    const keys = edgeKeys(got.edges);
    expect(keys).toContain(`${id.jasa}|ESTABLISHED_BY|${id.mic}`);
    expect(keys).toContain(`${id.jasa}|ESTABLISHED_BY|${id.meti}`);
    await screenshot(o.page, '04-expanded-to-jasa-mic-meti');
    expect(o.problems).toEqual([]);
  });

  it('opens evidence from an edge and from the panel, survives a reload of the deep link, exports PNG and JSON', async () => {
    const id = await ids();
    const o = await open();
    await o.page.goto(`${base()}/?view=certifies&id=${encodeURIComponent(id.gold)}`);
    await waitReady(o.page);
    const edgeId = (await drawn(o.page)).edges.find((e) => e.source === id.jasa && e.type === 'ACCREDITS')?.id;
    expect(edgeId).toBeDefined();
    const rel = (
      await api(
        `query R($id: ID!) { node(id: $id) { ... on Entity { relations(direction: OUT, types: [ACCREDITS], first: 100) {
          edges { node { id to { id } evidence { quote locale section article { path } } } } } } } }`,
        { id: id.jasa },
      )
    ).node.relations.edges
      .map((e: { node: unknown }) => e.node)
      .find((r: { id: string }) => r.id === edgeId);
    expect(rel.evidence.length).toBeGreaterThan(0);

    // A real click on the edge opens its evidence.
    const mid = await pointOf(o.page, edgeId as string);
    await o.page.mouse.click(mid.x, mid.y);
    await waitReady(o.page);
    expect(new URL(o.page.url()).searchParams.get('edge')).toBe(edgeId);
    const items = o.page.locator('#evidence-list > li');
    expect(await items.count()).toBe(rel.evidence.length);
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector('blockquote')?.textContent,
        cite: li.querySelector('.cite')?.textContent ?? '',
      })),
    );
    type Ev = { quote: string; locale: string; section: string; article: { path: string } };
    expect(shown.map((x) => x.quote).sort()).toEqual(rel.evidence.map((e: Ev) => e.quote).sort());
    for (const e of rel.evidence as Ev[]) {
      const cites = shown.filter((x) => x.quote === e.quote).map((x) => x.cite);
      expect(cites.some((c) => [e.article.path, e.locale, e.section].every((part) => c.includes(part)))).toBe(true);
    }
    // The reader's language (Chromium's default, en-US) comes first when there is evidence in it.
    if (rel.evidence.some((e: Ev) => e.locale.startsWith('en'))) {
      expect(shown[0]?.cite).toMatch(/ · en(-[A-Z]+)? · /);
    }
    await screenshot(o.page, '05-evidence');

    // The panel of a node links to the evidence of each of its relations.
    await o.page.click(`#panel-title button[data-id="${id.jasa}"]`);
    await waitReady(o.page);
    expect(await o.page.getAttribute('#panel-title', 'data-id')).toBe(id.jasa);
    await o.page.click(`#panel .evidence-link[data-rel="${edgeId}"]`);
    await waitReady(o.page);
    expect(await items.count()).toBe(rel.evidence.length);

    // The URL is the view: reloading it, or opening it elsewhere, shows the same thing.
    const before = await drawn(o.page);
    const link = o.page.url();
    await o.page.reload();
    await waitReady(o.page);
    const after = await drawn(o.page);
    expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(edgeKeys(after.edges)).toEqual(edgeKeys(before.edges));
    expect(await o.page.getAttribute('#panel-title', 'data-id')).toBe(edgeId);
    const elsewhere = await open();
    await elsewhere.page.goto(link);
    await waitReady(elsewhere.page);
    expect(edgeKeys((await drawn(elsewhere.page)).edges)).toEqual(edgeKeys(before.edges));
    expect(await elsewhere.page.locator('#evidence-list > li').count()).toBe(rel.evidence.length);
    await screenshot(elsewhere.page, '06-deep-link-reloaded');

    const [png] = await Promise.all([o.page.waitForEvent('download'), o.page.click('#export-png')]);
    const pngFile = path.join(OUTPUT_DIR, '07-export.png');
    await png.saveAs(pngFile);
    const size = pngSize(readFileSync(pngFile));
    expect(size.width).toBeGreaterThan(200);
    expect(size.height).toBeGreaterThan(200);
    const [json] = await Promise.all([o.page.waitForEvent('download'), o.page.click('#export-json')]);
    const jsonFile = path.join(OUTPUT_DIR, '07-export.json');
    await json.saveAs(jsonFile);
    const exported = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(exported.link).toBe(o.page.url());
    expect(exported.nodes.map((n: { id: string }) => n.id).sort()).toEqual(after.nodes.map((n) => n.id).sort());
    expect(edgeKeys(exported.edges)).toEqual(edgeKeys(after.edges));
    expect(o.problems).toEqual([]);
    expect(elsewhere.problems).toEqual([]);
  });
});
