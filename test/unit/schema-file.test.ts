import { readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { printedSchema, SCHEMA_FILE } from '../../src/schema/print.ts';

describe('schema/schema.graphql', () => {
  it('is up to date with the Pothos schema (run `npm run schema` to refresh)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });
});

describe('Node ids', () => {
  it('resolve synchronously to the record’s own id on every Node type', () => {
    const schema = buildSchema();
    const nodeTypes = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodeTypes.map((t) => t.name).sort()).toEqual(
      ['Article', 'Authority', 'Certification', 'Jurisdiction', 'Service', 'Standard'].sort(),
    );
    for (const t of nodeTypes) {
      if (!isObjectType(t)) continue;
      const resolve = t.getFields().id?.resolve;
      expect(resolve?.({ id: `${t.name}:x` }, {}, {}, {} as never)).toBe(`${t.name}:x`);
    }
  });
});
