/** `npm run schema`: writes schema/schema.graphql (sorted). `--check` exits 1 when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { ROOT_DIR } from '../config.ts';
import { buildSchema } from './index.ts';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'schema', 'schema.graphql');

export function printedSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const printed = printedSchema();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== printed) {
      console.error('schema/schema.graphql is stale: run npm run schema');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${path.relative(ROOT_DIR, SCHEMA_FILE)}`);
  }
}
