import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/extract.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-cli-'));
const good = path.join(dir, 'good');
const mixed = path.join(dir, 'mixed');
mkdirSync(path.join(good, 'fr-fr'), { recursive: true });
mkdirSync(mixed, { recursive: true });
const article = `---
title: Catalogue C5
ms.contentlocale: fr-FR
---
# <a name="c5"></a>Catalogue C5

## <a name="c5-overview"></a>Vue d'ensemble

Le C5 est publié par le BSI. Le catalogue est fondé sur la norme ISO/IEC 27001.
`;
writeFileSync(path.join(good, 'fr-fr', 'offering-c5.md'), article);
writeFileSync(path.join(mixed, 'offering-c5.md'), article);
writeFileSync(path.join(mixed, 'offering-bad.md'), '---js\n{}\n---\n');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
  });
}

describe('seed CLI', () => {
  it('--dry-run --json prints one JSON document with nodes, relationships and evidence, logs on stderr', () => {
    const r = cli('--content', good, '--dry-run', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).sort()).toEqual(['nodes', 'rejected', 'relationships']);
    const art = doc.nodes.find((n: { id: string }) => n.id === 'article:fr-fr/offering-c5.md');
    expect(art.properties).toMatchObject({ path: 'fr-fr/offering-c5.md', locale: 'fr-FR' });
    const published = doc.relationships.find(
      (x: { type: string; start: string; end: string }) =>
        x.type === 'PUBLISHES' && x.start === 'authority:bsi' && x.end === 'certification:c5',
    );
    expect(published.evidence).toContainEqual({
      article: 'fr-fr/offering-c5.md',
      locale: 'fr-FR',
      section: 'c5-overview',
      quote: 'Le C5 est publié par le BSI.',
    });
    const bsi = doc.nodes.find((n: { id: string }) => n.id === 'authority:bsi');
    expect(bsi.properties).toMatchObject({ acronym: 'BSI' });
    expect(bsi.properties.names.de).toBe('Bundesamt für Sicherheit in der Informationstechnik');
    expect(r.stderr).toMatch(/articles read 1/);
  });

  it('exits 1 when some articles are rejected, still printing the others', () => {
    const r = cli('--content', mixed, '--dry-run', '--json');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.rejected).toHaveLength(1);
    expect(doc.rejected[0].file).toMatch(/offering-bad\.md$/);
    expect(doc.nodes.some((n: { id: string }) => n.id === 'certification:c5')).toBe(true);
  });

  it('exits 2 on usage errors', () => {
    expect(cli('--bogus').status).toBe(2);
    expect(cli('--json').status).toBe(2);
    expect(cli('--batch', '0', '--dry-run').status).toBe(2);
  });
});
