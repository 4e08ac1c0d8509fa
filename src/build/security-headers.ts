/**
 * The site's security policy in one place: the Content-Security-Policy directives that every
 * page carries in its <meta> (astro.config.mjs reads them from here), and the HTTP headers a host
 * must send, which a <meta> cannot express (frame-ancestors, X-Frame-Options, the sandbox of the
 * live examples' frame). The preview server sends exactly these headers, and the build writes
 * them as `dist/_headers` for static hosts that read that format; README's deployment section
 * gives the same rules for nginx.
 */

/** Directives of every page's CSP <meta>; the build adds script and style hashes per page. */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The frame that runs live examples: scripts only, an opaque origin even if framed without the attribute. */
export const SANDBOX_FRAME_PATH = '/sandbox/frame.html';

/** Headers for every response. */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  // Only the site itself may frame its pages (clickjacking); X-Frame-Options for older browsers.
  'Content-Security-Policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  // A page opened from another site cannot reach back into ours through window.opener.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** Headers for the sandbox frame, replacing the site's CSP: sandboxed, framed by the site only. */
export const SANDBOX_FRAME_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "sandbox allow-scripts; frame-ancestors 'self'; object-src 'none'; base-uri 'none'",
};

/** Every header a response for `path` gets. */
export function headersFor(path: string): Record<string, string> {
  return path === SANDBOX_FRAME_PATH ? { ...SITE_HEADERS, ...SANDBOX_FRAME_HEADERS } : { ...SITE_HEADERS };
}

/**
 * The rules in the `_headers` format of static hosts (Netlify, Cloudflare Pages). A path that
 * matches two rules gets both: the frame then carries the site's CSP and its own, and a browser
 * enforces every CSP it receives, so the stricter frame policy holds.
 */
export function headersFile(): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${block('/*', SITE_HEADERS)}\n${block(SANDBOX_FRAME_PATH, SANDBOX_FRAME_HEADERS)}\n`;
}

/** The same rules for nginx, as README's deployment section shows them. */
export function nginxSnippet(): string {
  const lines = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  return [
    ...lines(SITE_HEADERS, ''),
    `location = ${SANDBOX_FRAME_PATH} {`,
    ...lines({ ...SITE_HEADERS, ...SANDBOX_FRAME_HEADERS }, '    '),
    '}',
  ].join('\n');
}
