/**
 * Starts Neo4j Community embedded (the Maven project in neo4j/) as a child `java` process.
 * Contract: startEmbeddedNeo4j resolves once the child printed READY; the child exits when stop()
 * is called, on SIGTERM, or when this process dies (its stdin closes).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const HELP = 'needs Java 17+ and Maven for the embedded Neo4j — or set NEO4J_URI — or run docker compose up';
const MAIN_CLASS = 'dev.compliancegraph.neo4j.EmbeddedNeo4j';

export interface EmbeddedOptions {
  rootDir: string;
  port: number;
  dataDir: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
  log?: (message: string) => void;
  readyTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Returns the Java feature version, or null when no runnable java is found. */
export function javaVersion(java = javaBinary()): number | null {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

function sourceStamp(projectDir: string): string {
  const h = createHash('sha256');
  h.update(readFileSync(path.join(projectDir, 'pom.xml')));
  h.update(readFileSync(path.join(projectDir, 'src/main/java/dev/compliancegraph/neo4j/EmbeddedNeo4j.java')));
  return h.digest('hex');
}

/**
 * Compiles the launcher and resolves its classpath once; later calls reuse the cached result
 * (neo4j/target/classpath.txt) until pom.xml or the Java source change. Returns the classpath.
 */
export function ensureClasspath(rootDir: string, log: (m: string) => void = () => {}): string {
  const projectDir = path.join(rootDir, 'neo4j');
  const target = path.join(projectDir, 'target');
  const cpFile = path.join(target, 'classpath.txt');
  const stampFile = path.join(target, 'cg-stamp.txt');
  const classes = path.join(target, 'classes');
  const stamp = sourceStamp(projectDir);
  const fresh =
    existsSync(cpFile) &&
    existsSync(path.join(classes, 'dev/compliancegraph/neo4j/EmbeddedNeo4j.class')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp;
  if (!fresh) {
    const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvnCheck.error || mvnCheck.status !== 0) throw new EmbeddedNeo4jError(`Maven (mvn) not found: ${HELP}`);
    log('Preparing the embedded Neo4j 5.26 (the first run downloads about 100 MB from Maven Central)…');
    const r = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        path.join(projectDir, 'pom.xml'),
        'compile',
        'dependency:build-classpath',
        `-Dmdep.outputFile=${cpFile}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) {
      const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
      throw new EmbeddedNeo4jError(`Maven could not build the embedded Neo4j launcher (${HELP}):\n${tail}`);
    }
    writeFileSync(stampFile, stamp);
    log('Embedded Neo4j is ready to start; later runs reuse it.');
  }
  return `${classes}${path.delimiter}${readFileSync(cpFile, 'utf8').trim()}`;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const java = javaBinary();
  const version = javaVersion(java);
  if (version === null) throw new EmbeddedNeo4jError(`Java not found: ${HELP}`);
  if (version < 17) throw new EmbeddedNeo4jError(`Java ${version} found, Java 17+ required: ${HELP}`);
  const classpath = ensureClasspath(opts.rootDir, log);
  mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    `-Xmx${opts.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port',
    String(opts.port),
    '--data-dir',
    opts.dataDir,
    '--page-cache',
    String(opts.pageCacheMb),
  ];
  log(`Starting embedded Neo4j on 127.0.0.1:${opts.port} (data: ${opts.dataDir})…`);
  const child = spawn(java, args, {
    env: { ...process.env, NEO4J_PASSWORD: opts.password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const uri = `bolt://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 30_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new EmbeddedNeo4jError(`embedded Neo4j did not become ready within ${opts.readyTimeoutMs ?? 180_000} ms`));
    }, opts.readyTimeoutMs ?? 180_000);
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      if (line.startsWith('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not run java: ${err.message}: ${HELP}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          `embedded Neo4j exited before it was ready (code ${code ?? signal}):\n${stderrTail.slice(-15).join('\n')}`,
        ),
      );
    });
  });
  child.removeAllListeners('exit');
  child.stdout?.resume();
  return { uri, pid: child.pid ?? -1, stop };
}
