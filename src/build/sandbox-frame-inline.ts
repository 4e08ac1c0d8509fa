import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Inlines the sandbox frame's script into the built `sandbox/frame.html` and narrows the frame's
 * CSP to exactly that script: `script-src` loses `'self'`, so neither the frame nor the workers
 * it creates from blob: URLs (which inherit its policy) can load anything from the site —
 * `import()` or `importScripts()` in a reader's snippet reach nothing. In development the frame
 * loads its script by URL (public/sandbox/frame.html); the live examples need a production build.
 */
export function inlineFrameScript(html: string, script: string): string {
  const safe = script.replace(/<\/script/gi, '<\\/script');
  const hash = `'sha256-${createHash('sha256').update(safe, 'utf8').digest('base64')}'`;
  const withScript = html.replace(/<script>[\s\S]*?<\/script>/, () => `<script>${safe}</script>`);
  if (withScript === html) throw new Error('sandbox/frame.html: no loader script to replace');
  return withScript.replace(/script-src [^;]*;/, () => `script-src ${hash} 'unsafe-eval';`);
}

export function sandboxFrameInline(): AstroIntegration {
  return {
    name: 'sandbox-frame-inline',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const assets = fileURLToPath(new URL('_astro/', dir));
        const scripts = readdirSync(assets).filter((file) => /^frame-[\w-]+\.js$/.test(file));
        if (scripts.length !== 1) throw new Error(`expected one sandbox frame script in _astro/, found ${scripts.length}`);
        const page = fileURLToPath(new URL('sandbox/frame.html', dir));
        writeFileSync(page, inlineFrameScript(readFileSync(page, 'utf8'), readFileSync(assets + scripts[0], 'utf8')));
      },
    },
  };
}
