import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { SANDBOX_FRAME_PATH, SITE_HEADERS, headersFile, headersFor, nginxSnippet } from '../../src/build/security-headers.ts';

/** Reads the `_headers` format back: path -> header -> values (a path can match several rules). */
function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = []));
    else {
      const [name, ...value] = line.trim().split(': ');
      current.push([name!, value.join(': ')]);
    }
  }
  return rules;
}

describe('the security headers, written once', () => {
  it('gives static hosts the same headers the preview server sends', () => {
    const rules = parseHeadersFile(headersFile());
    expect(Object.fromEntries(rules.get('/*')!)).toEqual(SITE_HEADERS);
    expect(Object.fromEntries(rules.get(SANDBOX_FRAME_PATH)!)['Content-Security-Policy']).toBe(
      headersFor(SANDBOX_FRAME_PATH)['Content-Security-Policy'],
    );
  });

  it('gives nginx the same headers', () => {
    for (const [name, value] of Object.entries(headersFor(SANDBOX_FRAME_PATH)))
      expect(nginxSnippet()).toContain(`add_header ${name} "${value}" always;`);
    expect(nginxSnippet()).toContain(`location = ${SANDBOX_FRAME_PATH} {`);
  });

  it('keeps pages unframable by other sites and the sandbox frame sandboxed', () => {
    expect(headersFor('/ref/exceptions/')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headersFor('/ref/exceptions/')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor(SANDBOX_FRAME_PATH)['Content-Security-Policy']).toMatch(/^sandbox allow-scripts;.*frame-ancestors 'self'/);
  });
});

describe('the preview server', () => {
  let root: string;
  let server: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(root, 'ru'), { recursive: true });
    mkdirSync(join(root, 'sandbox'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, 'ru', 'index.html'), '<p>ru</p>');
    writeFileSync(join(root, 'sandbox', 'frame.html'), '<p>frame</p>');
    server = await startServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the headers with every response', async () => {
    const page = await fetch(`${server.origin}/`);
    for (const [name, value] of Object.entries(SITE_HEADERS)) expect(page.headers.get(name)).toBe(value);
    const frame = await fetch(`${server.origin}${SANDBOX_FRAME_PATH}`);
    expect(frame.headers.get('Content-Security-Policy')).toBe(headersFor(SANDBOX_FRAME_PATH)['Content-Security-Policy']);
    const missing = await fetch(`${server.origin}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
  });

  it('never redirects off the site', async () => {
    for (const path of ['/x/..//ru', '//ru', '/x/..///ru']) {
      const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(301);
      expect(response.headers.get('Location'), path).toBe('/ru/');
    }
  });
});

describe('the deployment section of README', () => {
  it('shows the nginx rules the site actually uses', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`nginx\n${nginxSnippet()}\n\`\`\``);
  });
});
