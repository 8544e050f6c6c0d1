/**
 * The only reader of process.env. Everything else receives a typed Config.
 * Contract: loadConfig never throws for a missing optional variable; it throws ConfigError for a
 * present-but-invalid one, naming the variable.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Neo4jTarget =
  | { mode: 'external'; uri: string; user: string; password: string; database: string | undefined }
  | {
      mode: 'embedded';
      port: number;
      dataDir: string;
      user: string;
      password: string;
      heapMb: number;
      pageCacheMb: number;
      database: undefined;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  rootDir: string;
  port: number;
  host: string;
  neo4j: Neo4jTarget;
  /** Query timeout for API read transactions, in milliseconds. */
  queryTimeoutMs: number;
  graphiql: boolean;
  introspection: boolean;
  contentDirs: string[];
  lexiconDirs: string[];
}

/** Documented local default; only used for the embedded server, which listens on 127.0.0.1 only. */
export const DEFAULT_LOCAL_PASSWORD = 'compliance-graph-local';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1, max = 2 ** 31): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const user = env.NEO4J_USER?.trim() || 'neo4j';
  const password = env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD;
  const uri = env.NEO4J_URI?.trim();
  let neo4j: Neo4jTarget;
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
      throw new ConfigError(`NEO4J_URI must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI, got "${uri}"`);
    }
    neo4j = { mode: 'external', uri, user, password, database: env.NEO4J_DATABASE?.trim() || undefined };
  } else {
    if (password.length < 8) throw new ConfigError('NEO4J_PASSWORD must have at least 8 characters');
    neo4j = {
      mode: 'embedded',
      port: int(env, 'NEO4J_PORT', 7687, 1, 65535),
      dataDir: path.resolve(ROOT_DIR, env.NEO4J_DATA_DIR?.trim() || '.data/neo4j'),
      user: 'neo4j',
      password,
      heapMb: int(env, 'NEO4J_HEAP_MB', 768, 128),
      pageCacheMb: int(env, 'NEO4J_PAGECACHE_MB', 256, 16),
      database: undefined,
    };
  }
  const dev = nodeEnv !== 'production';
  const list = (name: string, fallback: string[]) =>
    (env[name]?.split(path.delimiter).filter(Boolean) ?? fallback).map((p) => path.resolve(ROOT_DIR, p));
  return {
    env: nodeEnv,
    rootDir: ROOT_DIR,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j,
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 5000, 100),
    graphiql: bool(env, 'GRAPHIQL', dev),
    introspection: bool(env, 'INTROSPECTION', dev),
    contentDirs: list('CONTENT_DIRS', ['content']),
    lexiconDirs: list('LEXICON_DIRS', ['content/lexicon']),
  };
}
