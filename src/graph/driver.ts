/**
 * The project's only door to Neo4j: driver creation, named statements, record conversion.
 * Contracts:
 * - every statement starts with a name comment (`/* name *\/`), else it is refused before it is sent;
 * - values leaving this module are plain JS: driver Integers become numbers, nodes and relationships
 *   become their property maps;
 * - `read` always runs in a read transaction with the configured timeout, so the API cannot write;
 * - `read` fails fast when Neo4j cannot be reached: retryable errors (a dropped pooled connection)
 *   are retried for at most `readRetryMs` (default 1 s), not the driver's 15 s, so an API request
 *   never waits long on a database that is down; writes keep the driver's retries;
 * - `isUnavailable` tells "Neo4j could not be reached" from "the statement failed".
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface GraphConnection {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export interface StatementCounter {
  count: number;
  names: string[];
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const NAME_RE = /^\/\* ([A-Za-z][A-Za-z0-9]*) \*\//;

export function statementName(cypher: string): string {
  const m = NAME_RE.exec(cypher);
  if (!m?.[1]) throw new GraphError('Cypher statement must start with a name comment /* name */', 'Cg.Unnamed');
  return m[1];
}

/**
 * Converts driver values to plain JS, recursively. Integers outside the safe range become strings.
 * Plain maps and lists are converted in place (records' values are used once, right after).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  // Maps and records arrive as plain objects: the common case, tested first.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Row;
    for (const k in map) map[k] = toPlain(map[k]);
    return map;
  }
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return toPlain({ ...(value as { properties: Row }).properties });
  }
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  const out: Row = {};
  for (const [k, v] of Object.entries(value as Row)) out[k] = toPlain(v);
  return out;
}

/** True when `err` means Neo4j could not be reached or the connection was lost, not a bad statement. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return true;
  const cause = err instanceof GraphError ? err.cause : err;
  return /^Connection acquisition timed out/.test(String((cause as Error | null)?.message ?? ''));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a statement without the call-site stack the driver captures for every result (it only
 * decorates the driver's own errors; ours are GraphErrors naming the statement). Under source maps
 * (tsx turns them on) formatting that stack costs about 0.3 ms per statement. `start` must create
 * the result synchronously, as session.run and tx.run do.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export interface Graph {
  readonly uri: string;
  /** Runs one named statement in a read transaction. */
  read(cypher: string, params?: Params, counter?: StatementCounter): Promise<Row[]>;
  /** Runs one named statement in its own write transaction (schema setup, small writes). */
  write(cypher: string, params?: Params): Promise<Row[]>;
  /** Runs `work` in one write transaction: all of it commits, or none. Retried on transient errors. */
  writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
  verify(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface WriteTx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface GraphOptions {
  queryTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  connectionTimeoutMs?: number;
  /** How long `read` retries retryable errors before failing (default 1000 ms). */
  readRetryMs?: number;
  /** How long `write`/`writeTransaction` retry transient errors, the driver's retry (default 15 000 ms). */
  writeRetryMs?: number;
}

export function createGraph(conn: GraphConnection, opts: GraphOptions = {}): Graph {
  const driver: Driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: opts.maxConnectionPoolSize ?? 50,
    connectionAcquisitionTimeout: opts.connectionTimeoutMs ?? 5_000,
    connectionTimeout: opts.connectionTimeoutMs ?? 5_000,
    maxTransactionRetryTime: opts.writeRetryMs ?? 15_000,
    disableLosslessIntegers: false,
    userAgent: 'compliance-graph/0.1',
  });
  const database = conn.database;
  const timeout = opts.queryTimeoutMs ?? 5_000;
  const readRetryMs = opts.readRetryMs ?? 1_000;
  const wrap = (err: unknown): GraphError => {
    if (err instanceof GraphError) return err;
    const e = err as { message?: string; code?: string };
    return new GraphError(e.message ?? String(err), e.code, { cause: err });
  };
  return {
    uri: conn.uri,
    async read(cypher, params = {}, counter) {
      const name = statementName(cypher);
      if (counter) {
        counter.count += 1;
        counter.names.push(name);
      }
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        // An auto-commit read: unlike executeQuery it is not retried for 15 s when Neo4j is down.
        const session = driver.session({
          database,
          defaultAccessMode: neo4j.session.READ,
          bookmarkManager: driver.executeQueryBookmarkManager,
        });
        try {
          const result = await withoutCallSite(() =>
            session.run(cypher, params, { timeout, metadata: { app: 'compliance-graph', statement: name } }),
          );
          return rows(result);
        } catch (err) {
          if (!neo4j.isRetryableError(err) || Date.now() - started >= readRetryMs) throw wrap(err);
        } finally {
          await session.close().catch(() => {});
        }
        await sleep(Math.min(25 * 2 ** attempt, 250));
      }
    },
    async write(cypher, params = {}) {
      statementName(cypher);
      try {
        return rows(await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.WRITE }));
      } catch (err) {
        throw wrap(err);
      }
    },
    async writeTransaction(work) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(async (tx: ManagedTransaction) => {
          const handle: WriteTx = {
            async run(cypher, params = {}) {
              statementName(cypher);
              return rows(await withoutCallSite(() => tx.run(cypher, params)));
            },
          };
          return work(handle);
        });
      } catch (err) {
        throw wrap(err);
      } finally {
        await session.close();
      }
    },
    async verify(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new GraphError(`Neo4j at ${conn.uri} not reachable within ${timeoutMs} ms`, 'Cg.Timeout')),
          timeoutMs,
        );
      });
      try {
        await Promise.race([driver.verifyConnectivity({ database }), deadline]);
      } catch (err) {
        throw wrap(err);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => driver.close(),
  };
}
