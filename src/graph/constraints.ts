/**
 * Applies schema/constraints.cypher. Idempotent: every statement is IF NOT EXISTS.
 * Waits for indexes to come online so that a seed right after can rely on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from './driver.ts';

/** Parses the constraints file into its named statements, in file order. */
export function readConstraintStatements(rootDir: string): string[] {
  const text = readFileSync(path.join(rootDir, 'schema', 'constraints.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applyConstraints(graph: Graph, rootDir: string): Promise<number> {
  const statements = readConstraintStatements(rootDir);
  for (const statement of statements) await graph.write(statement);
  await graph.write('/* awaitIndexes */ CALL db.awaitIndexes(120)');
  return statements.length;
}
