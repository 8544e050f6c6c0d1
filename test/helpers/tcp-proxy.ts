/**
 * A loopback TCP proxy a test controls, to put faults between a client and Neo4j.
 * Contracts:
 * - listens on 127.0.0.1 only, on a free port that stays the same for its whole life;
 * - `up` forwards every byte both ways; `refuse` drops every open connection and refuses new ones
 *   (the peer sees the server as down); `blackhole` drops open connections and accepts new ones but
 *   never forwards a byte (a hung network: the peer sees nothing until its own timeout);
 * - `close()` ends every connection and the listener; it is idempotent.
 */
import net from 'node:net';

export type ProxyMode = 'up' | 'refuse' | 'blackhole';

export interface TcpProxy {
  /** `bolt://127.0.0.1:<port>` style host:port of the proxy. */
  readonly host: string;
  readonly port: number;
  readonly mode: ProxyMode;
  /** Connections accepted so far (all modes). */
  readonly accepted: number;
  setMode(mode: ProxyMode): Promise<void>;
  /** Ends every open connection without changing the mode. */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let mode: ProxyMode = 'up';
  let accepted = 0;
  let closed = false;

  const track = (s: net.Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
    s.on('error', () => s.destroy());
  };

  const onConnection = (client: net.Socket) => {
    accepted += 1;
    track(client);
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    if (mode === 'blackhole') {
      client.pause();
      return;
    }
    const upstream = net.connect({ host: target.host, port: target.port });
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  let server = net.createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
        server.off('error', reject);
        const addr = server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  const port = await listen(0);

  const dropAll = () => {
    for (const s of [...open]) s.destroy();
  };

  return {
    host: '127.0.0.1',
    port,
    get mode() {
      return mode;
    },
    get accepted() {
      return accepted;
    },
    async setMode(next) {
      if (closed) throw new Error('proxy is closed');
      if (next === mode) return;
      const prev = mode;
      mode = next;
      if (next !== 'up') dropAll();
      if (next === 'refuse') {
        // A closed listening socket makes connects fail with ECONNREFUSED, like a stopped server.
        await stopListening();
      } else if (prev === 'refuse') {
        server = net.createServer(onConnection);
        await listen(port);
      }
    },
    dropAll,
    async close() {
      if (closed) return;
      closed = true;
      dropAll();
      await stopListening();
    },
  };
}
