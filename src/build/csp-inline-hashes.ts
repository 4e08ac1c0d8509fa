import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Completes the Content-Security-Policy of every built page with the hashes of its inline
 * scripts and styles.
 *
 * Astro hashes what it bundles, but not the `is:inline` scripts that Starlight ships (theme
 * provider, search shortcut, theme picker), nor a component's <style> that the build inlines
 * into an MDX page. Rather than loosen script-src or style-src, the policy of each page is
 * extended after the build with exactly the inline elements that page contains.
 */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** `policy` with the hashes of `pattern`'s matches in `html` added to `directive`. */
function withHashes(policy: string, html: string, pattern: RegExp, directive: string): string {
  const hashes = new Set(Array.from(html.matchAll(pattern), (match) => scriptHash(match[1] ?? '')));
  const missing = [...hashes].filter((hash) => !policy.includes(hash));
  if (missing.length === 0) return policy;
  const existing = new RegExp(`(^|;\\s*)${directive} ([^;]*)`);
  if (existing.test(policy)) {
    return policy.replace(
      existing,
      (_all, lead: string, sources: string) => `${lead}${directive} ${sources} ${missing.join(' ')}`,
    );
  }
  return `${policy.replace(/;?\s*$/, ';')}${directive} ${missing.join(' ')};`;
}

/** The page with every inline script's and style element's hash in its policy. */
export function addInlineScriptHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const policy = meta[2] ?? '';
  let completed = withHashes(policy, html, INLINE_SCRIPT, 'script-src');
  // style-src-elem, when present, overrides style-src for <style> elements.
  completed = withHashes(completed, html, INLINE_STYLE, /style-src-elem /.test(completed) ? 'style-src-elem' : 'style-src');
  return completed === policy ? html : html.replace(CSP_META, `$1${completed}$3`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'site:csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const completed = addInlineScriptHashes(html);
          if (completed !== html) writeFileSync(file, completed);
        }
      },
    },
  };
}
