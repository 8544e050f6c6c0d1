/** The HTTP listener around the yoga instance. Resolves once listening; close() stops accepting. */
import { createServer, type Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';

export interface Listening {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function listen(
  app: YogaServerInstance<Record<string, unknown>, never>,
  port: number,
  host: string,
): Promise<Listening> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host === '127.0.0.1' ? 'localhost' : host;
      resolve({
        server,
        url: `http://${shown}:${actual}`,
        close: () =>
          new Promise<void>((res) => {
            server.close(() => res());
            server.closeAllConnections();
          }),
      });
    });
  });
}
