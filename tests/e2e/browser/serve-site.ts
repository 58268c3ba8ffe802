import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** A built site served over HTTP, as a static host would. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The base path it is served under: `/` or `/atlas/`. */
  base: string;
  /** The full address of a site path: `url('/search/?q=x')` → `http://127.0.0.1:1234/atlas/search/?q=x`. */
  url(path: string): string;
  /** Every request answered so far, in order; empty it (`served.length = 0`) to watch what comes next. */
  served: Served[];
  close(): Promise<void>;
}

/** One request the site answered, as a host's access log has it. */
export interface Served {
  method: string;
  /** The path asked for, query included. */
  path: string;
  status: number;
  /** Bytes sent for it, headers included (compressed when the host compressed it). */
  bytes: number;
}

/**
 * Types by extension. Pagefind's `.pf_*` index files and its `wasm.<lang>.pagefind`
 * are gzip data that Pagefind unpacks itself (application/octet-stream, the
 * default); a real `.wasm` needs application/wasm for streaming compilation.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** Compressed on the fly like a typical static host; the index files are gzip already. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Serve `dir` at `base` on 127.0.0.1 and a random free port. Directories
 * answer with their index.html (and `/atlas` redirects to `/atlas/`),
 * unknown paths with the site's 404.html and status 404.
 */
export async function serveSite(dir: string, base: string): Promise<ServedSite> {
  const served: Served[] = [];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    // One request at a time per connection, so what the socket sent meanwhile is this response.
    const before = request.socket.bytesWritten;
    response.on('finish', () =>
      served.push({ method: request.method ?? 'GET', path: request.url ?? '/', status: response.statusCode, bytes: request.socket.bytesWritten - before }),
    );
    // A request must always be answered: a hung one would stall the worker's install, not fail it.
    respond(pathname, request.headers['accept-encoding'], response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`serve-site: ${pathname}: ${String(error)}`);
    });
  });

  async function respond(pathname: string, acceptEncoding: string | undefined, response: ServerResponse): Promise<void> {
    if (`${pathname}/` === base) return redirect(response, base);
    const file = pathname.startsWith(base) ? resolve(decodeURIComponent(pathname.slice(base.length))) : undefined;
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (file && info?.isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(response, `${pathname}/`);
      return send(join(file, 'index.html'), 200, acceptEncoding, response);
    }
    if (file && info?.isFile()) return send(file, 200, acceptEncoding, response);
    return send(join(dir, '404.html'), 404, acceptEncoding, response);
  }

  /** The file under dir for a site path, or undefined when it would escape dir. */
  function resolve(path: string): string | undefined {
    const file = normalize(join(dir, path));
    return file === dir || file.startsWith(dir + sep) ? file : undefined;
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base,
    url: (path) => origin + base + path.replace(/^\//, ''),
    served,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location }).end();
}

async function send(file: string, status: number, acceptEncoding: string | undefined, response: ServerResponse): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const gzip = compressible.test(type) && /\bgzip\b/.test(acceptEncoding ?? '');
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-cache',
    // As `astro preview` and many hosts do; the offline worker must not let it split its cache.
    vary: 'origin, accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': info.size }),
  });
  const body = createReadStream(file);
  await (gzip ? pipeline(body, createGzip(), response) : pipeline(body, response)).catch(() => response.destroy());
}
