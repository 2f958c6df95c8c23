/**
 * Serves the bench's generated pages, lexicons and bundle from 127.0.0.1 (nothing else is ever
 * requested). Pages are cross-origin isolated (COOP + COEP) so performance.now() has its finest
 * resolution (5 µs instead of 100 µs) — the floor on the small page takes well under a
 * millisecond.
 */
import { createServer, type Server } from 'node:http';

export interface BenchServer {
  origin: string;
  set(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function serve(): Promise<BenchServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const route = routes.get((req.url ?? '/').split('?')[0]!);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': route.type,
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
    }).end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, body, type = 'text/html; charset=utf-8') => routes.set(path, { body, type }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
