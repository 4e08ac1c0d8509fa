/**
 * A small static server for the built site (dist/): what `npm start` and the end-to-end tests
 * use. It answers like the production host should: `/path/` serves `path/index.html`, a
 * missing page gets the 404 page of its language with status 404, nothing is cached so a
 * rebuilt site is seen at once, and every response carries the site's security headers
 * (src/build/security-headers.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from '../src/build/security-headers.ts';
import { DEFAULT_LANG, langOfPath } from '../src/i18n/locales.ts';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface RunningServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path maps to inside `root`, or undefined when there is none. */
export function resolveFile(siteRoot: string, urlPath: string): string | undefined {
  const root = resolve(siteRoot);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  // Never serve anything outside the site's folder.
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (decoded.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

/** The 404 page for a missing path: a translated language's own under its prefix, the English one elsewhere. */
export function notFoundPage(root: string, urlPath: string): string | undefined {
  const lang = langOfPath(urlPath);
  const localized = lang === DEFAULT_LANG ? undefined : join(root, lang, '404', 'index.html');
  if (localized && existsSync(localized)) return localized;
  const fallback = join(root, '404.html');
  return existsSync(fallback) ? fallback : undefined;
}

export function startServer(options: { root: string; port: number; host?: string }): Promise<RunningServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    // Runs of slashes collapse to one: a Location of "//host/" would leave the site.
    // (The request target is appended to a fixed origin: parsed as a relative URL, "//ru" would name a host.)
    const urlPath = new URL(`http://localhost${request.url ?? '/'}`).pathname.replace(/\/{2,}/g, '/');
    const headers = headersFor(urlPath);
    // A directory asked for without its slash is redirected, as static hosts do.
    if (!urlPath.endsWith('/') && !extname(urlPath) && existsSync(join(root, urlPath, 'index.html'))) {
      response.writeHead(301, { ...headers, Location: `${urlPath}/` });
      response.end();
      return;
    }
    const file = resolveFile(root, urlPath);
    const target = file ?? notFoundPage(root, urlPath);
    if (!target) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, {
      ...headers,
      'Content-Type': MIME_TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(target).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        origin: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/ has no built site: run `npm run build` (or `npm start`, which builds first).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const running = await startServer({ root, port });
  console.log(`Serving the built site at ${running.origin}/ (English) and ${running.origin}/ru/ (Russian). Stop with Ctrl+C.`);
}
