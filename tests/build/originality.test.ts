import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The project's pages must be in its own words. The checker ships beside the repository
// (../shared/tools), as it does in CI. A checkout without it fails here rather than skipping:
// a check that silently does not run is no check.
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const checker = fileURLToPath(new URL('../../../shared/tools/originality', import.meta.url));

describe('originality', () => {
  it('finds no passage that repeats a source document', () => {
    expect(existsSync(checker), `the originality checker is missing: ${checker}`).toBe(true);
    // It exits non-zero and lists the passages when it finds any.
    let failure = '';
    try {
      execFileSync(checker, [projectRoot], { encoding: 'utf8', timeout: 120_000 });
    } catch (error) {
      failure = String((error as { stdout?: string }).stdout || error);
    }
    expect(failure).toBe('');
  }, 150_000);
});
