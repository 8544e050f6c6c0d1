import { afterAll, describe, expect, it } from 'vitest';
import { GraphError, toPlain } from '../../src/graph/driver.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const id = uniquePrefix('driver');

afterAll(async () => {
  await graph.write('/* cleanupDriverTest */ MATCH (n:DriverTest {id: $id}) DELETE n', { id });
  await graph.close();
});

describe('graph driver against the real Neo4j', () => {
  it('writes and reads back, with integers as plain numbers', async () => {
    await graph.write('/* createDriverTest */ CREATE (:DriverTest {id: $id, n: 42, big: 9007199254740993})', { id });
    const rows = await graph.read(
      '/* readDriverTest */ MATCH (n:DriverTest {id: $id}) RETURN n, n.n AS n2, count(*) AS c',
      {
        id,
      },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.n2).toBe(42);
    expect(rows[0]?.c).toBe(1);
    expect((rows[0]?.n as Record<string, unknown> | undefined)?.big).toBe('9007199254740993');
  });

  it('runs reads in read transactions: a write through read() is refused', async () => {
    await expect(graph.read('/* sneakyWrite */ CREATE (:DriverTest {id: $id})', { id: `${id}-x` })).rejects.toThrow(
      GraphError,
    );
    const rows = await graph.read('/* countSneaky */ MATCH (n:DriverTest {id: $id}) RETURN count(n) AS c', {
      id: `${id}-x`,
    });
    expect(rows[0]?.c).toBe(0);
  });

  it('refuses statements without a name comment before sending them', async () => {
    await expect(graph.read('MATCH (n) RETURN n LIMIT 1')).rejects.toThrow(/name comment/);
  });

  it('counts statements', async () => {
    const counter = { count: 0, names: [] as string[] };
    await graph.read('/* one */ RETURN 1 AS x', {}, counter);
    await graph.read('/* two */ RETURN 2 AS x', {}, counter);
    expect(counter).toEqual({ count: 2, names: ['one', 'two'] });
  });

  it('toPlain leaves no driver Integer behind', async () => {
    expect(toPlain({ a: [1, 'x', null] })).toEqual({ a: [1, 'x', null] });
    const [row] = await graph.read(
      '/* plainValues */ RETURN 5 AS n, 9007199254740993 AS big, {m: [1, {k: 2}]} AS map, [date("2026-01-02")] AS dates',
    );
    expect(row).toEqual({ n: 5, big: '9007199254740993', map: { m: [1, { k: 2 }] }, dates: ['2026-01-02'] });
  });
});
