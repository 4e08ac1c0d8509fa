import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineFrameScript } from '../../src/build/sandbox-frame-inline.ts';

const source = readFileSync('public/sandbox/frame.html', 'utf8');

describe('the sandbox frame as built', () => {
  const script = 'self.x = "</script>"; run();';
  const built = inlineFrameScript(source, script);
  const policy = /content="([^"]+)"/.exec(built.slice(built.indexOf('content-security-policy')))?.[1] ?? '';

  it("carries its script inline, with no loader and no script-src 'self'", () => {
    expect(built).toContain('<script>self.x = "<\\/script>"; run();</script>');
    expect(built).not.toContain('location.hash');
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+' 'unsafe-eval';/);
    expect(policy).not.toMatch(/script-src[^;]*'self'/);
  });

  it('allows exactly that script by its hash', () => {
    const inline = /<script>([\s\S]*?)<\/script>/.exec(built)?.[1] ?? '';
    expect(policy).toContain(`'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`);
  });

  it('keeps the rest of the policy: workers from blob: only, no network', () => {
    expect(policy).toContain('worker-src blob:');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
  });
});
