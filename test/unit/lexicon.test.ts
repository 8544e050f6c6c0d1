import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LexiconError, loadLexicon } from '../../src/ingest/lexicon.ts';
import { lexicon } from '../helpers/extract.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(yaml: string) {
  const file = path.join(dir, 'bad.yaml');
  writeFileSync(file, yaml);
  return () => loadLexicon([file], dir);
}

describe('the project lexicon', () => {
  it('loads and covers every kind', () => {
    const kinds = new Set(lexicon.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['Authority', 'Certification', 'Jurisdiction', 'Service', 'Standard']);
    expect(lexicon.byId.get('authority:jasa')?.names.ja).toBe('日本セキュリティ監査協会');
  });
});

describe('lexicon validation', () => {
  it.each([
    [
      'authorities:\n  - id: Bad_Id\n    name: X\n    kind: agency\n',
      /bad\.yaml:2: id "Bad_Id" must be lower-case kebab-case/,
    ],
    ['authorities:\n  - id: x\n    kind: agency\n', /bad\.yaml:2: missing "name"/],
    ['authorities:\n  - id: x\n    name: X\n    kind: wizard\n', /kind "wizard" must be one of/],
    ['certifications:\n  - id: x\n    name: X\n    type: badge\n', /type "badge" must be one of/],
    ['services:\n  - id: x\n    name: X\n    names: { xx: Y }\n', /unknown locale "xx"/],
    ['services:\n  - id: x\n    name: X\n    colour: blue\n', /unknown field "colour"/],
    [
      'authorities:\n  - id: x\n    name: X\n    kind: agency\n    establishedBy: [nobody]\n',
      /refers to unknown authority "authority:nobody"/,
    ],
    ['services:\n  - id: x\n    name: X\n  - id: x\n    name: Y\n', /bad\.yaml:4: duplicate id "x"/],
    ['widgets:\n  - id: x\n', /unknown section "widgets"/],
    ['services:\n  - id: x\n    name: [unclosed\n', /bad\.yaml:\d+: Flow sequence/],
  ])('rejects a malformed entry with file and line: %#', (yaml, message) => {
    expect(load(yaml)).toThrow(LexiconError);
    expect(load(yaml)).toThrow(message);
  });
});
