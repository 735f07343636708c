/**
 * A static file server on 127.0.0.1 only (a random free port) for browser tests and `npm start`: maps URL prefixes to
 * folders, e.g. /fixtures/ → tests/fixtures, /shared/ → ../shared. Refuses paths that climb out of their folder.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** `mounts`: URL prefix (e.g. "/fixtures/") → absolute folder. `headers`: added to every HTML response. */
export async function startStaticServer(mounts: Record<string, string>, options: { htmlHeaders?: Record<string, string> } = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(mounts).find((candidate) => path.startsWith(candidate));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    if (prefix === undefined || folder === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(normalize(folder) + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const extra = extname(file) === '.html' ? (options.htmlHeaders ?? {}) : {};
        response.writeHead(200, { 'content-type': type, ...extra }).end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
