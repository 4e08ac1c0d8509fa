import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, scriptHash } from '../../src/build/csp-inline-hashes.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
  it('adds the hash of each inline script missing from script-src, and nothing for external ones', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'sha256-known'; style-src 'self'",
      '<script>a()</script><script src="/x.js"></script><script type="module">b()</script>',
    );
    const result = addInlineScriptHashes(html);
    expect(result).toContain(`script-src 'self' 'sha256-known' ${scriptHash('a()')} ${scriptHash('b()')}; style-src 'self'`);
  });

  it('leaves a page alone when every inline script is already hashed or it has no policy', () => {
    const hashed = page(`script-src 'self' ${scriptHash('a()')}`, '<script>a()</script>');
    expect(addInlineScriptHashes(hashed)).toBe(hashed);
    expect(addInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
  });

  it('adds inline <style> hashes to style-src-elem when the policy has it, else to style-src', () => {
    const withElem = page(
      "script-src 'self'; style-src 'self'; style-src-elem 'self' 'sha256-a'; style-src-attr 'unsafe-inline';",
      '<style>.x{}</style>',
    );
    expect(addInlineScriptHashes(withElem)).toContain(`style-src-elem 'self' 'sha256-a' ${scriptHash('.x{}')}; style-src-attr`);
    const plain = page("script-src 'self'; style-src 'self'", '<style>.y{}</style>');
    expect(addInlineScriptHashes(plain)).toContain(`style-src 'self' ${scriptHash('.y{}')}`);
  });

  it('computes the base64 SHA-256 form browsers compare against', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
