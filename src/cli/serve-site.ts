import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';

/** A built site served over HTTP, as a static host would. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The base path it is served under: `/` or `/atlas/`. */
  base: string;
  /** The full address of a site path: `url('/search/?q=x')` → `http://127.0.0.1:1234/atlas/search/?q=x`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Types a static host compresses on the fly; Pagefind's index files are gzip data already (application/octet-stream). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

/**
 * Make sirv answer like a static host: a type for every file (Pagefind's
 * `.pf_*` and `.pagefind` files, which sirv has no type for, as
 * application/octet-stream), text as UTF-8, and text compressed with gzip
 * when the client accepts it. sirv writes the head, then pipes the file:
 * this catches the head to decide, then sends the body through gzip.
 * Returns the answer's status to use instead of sirv's (404 for the site's
 * not-found page, which sirv serves as any file).
 */
function asStaticHost(request: IncomingMessage, response: ServerResponse): { status?: number } {
  const answer: { status?: number } = {};
  const writeHead = response.writeHead.bind(response) as (code: number, headers: OutgoingHttpHeaders) => ServerResponse;
  response.writeHead = ((code: number, headers: OutgoingHttpHeaders = {}) => {
    if (!('Content-Type' in headers)) return writeHead(answer.status ?? code, headers);
    const type = String(headers['Content-Type'] || 'application/octet-stream');
    headers['Content-Type'] = /^(text\/|application\/(json|xml))/.test(type) && !/charset/.test(type) ? `${type}; charset=utf-8` : type;
    // 200 only: a range (206) of a file is never compressed.
    if (code === 200 && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      delete headers['Content-Length'];
      headers['Content-Encoding'] = 'gzip';
      const gzip = createGzip();
      const [write, end] = [response.write.bind(response), response.end.bind(response)];
      gzip.on('data', (chunk: Buffer) => write(chunk));
      gzip.on('end', () => end());
      // Whole files, and small: gzip buffers what it is given, so the file stream never waits on it.
      response.write = ((chunk: Buffer) => gzip.write(chunk) || true) as ServerResponse['write'];
      response.end = ((chunk?: Buffer) => {
        gzip.end(chunk);
        return response;
      }) as ServerResponse['end'];
    }
    return writeHead(answer.status ?? code, headers);
  }) as ServerResponse['writeHead'];
  return answer;
}

/**
 * Serve `dir` at `base` on 127.0.0.1 and a random free port, with sirv:
 * directories answer with their index.html (and, as GitHub Pages does,
 * `/atlas/papers/x` redirects to `/atlas/papers/x/`), unknown paths with the
 * site's 404.html and status 404. Files are read on each request, so a test
 * may change the site while it is served. For the browser tests and
 * `npm run bench`.
 */
export async function serveSite(dir: string, base: string): Promise<ServedSite> {
  const files = sirv(dir, {
    dev: true,
    extensions: ['html'],
    setHeaders: (response) => {
      response.setHeader('Cache-Control', 'no-cache');
      // As `astro preview` and many hosts do; the offline worker must not let it split its cache.
      response.setHeader('Vary', 'origin, accept-encoding');
    },
  });

  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    const answer = asStaticHost(request, response);
    const notFound = (): void => {
      answer.status = 404;
      request.url = '/404.html';
      files(request, response, () => void response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found'));
    };
    if (`${pathname}/` === base) return void response.writeHead(301, { location: base }).end();
    if (!pathname.startsWith(base)) return notFound();
    const path = pathname.slice(base.length - 1);
    // A request must always be answered: a hung one would stall the worker's install, not fail it.
    void isDirectory(dir, path).then((directory) => {
      if (directory && !path.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/${search}` }).end();
      request.url = path + search;
      files(request, response, notFound);
    });
  });

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base,
    url: (path) => origin + base + path.replace(/^\//, ''),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Whether a site path names a folder of the built site. */
async function isDirectory(dir: string, path: string): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return (await stat(join(dir, decoded)).catch(() => undefined))?.isDirectory() ?? false;
}
