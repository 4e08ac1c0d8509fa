import { describe, expect, it } from 'vitest';
import { commentPairProblems, localizeExample, parseDirectives } from '../../src/playground/example-source.ts';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../../src/sandbox/limits.ts';

const source = [
  '// @timeout 4000',
  "import { print } from 'python/builtins';",
  '// en: Say hello.',
  '// ru: Здороваемся.',
  'if (true) {',
  '  // en: Indented comment.',
  '  // ru: Комментарий с отступом.',
  "  print('hi');",
  '}',
  '',
].join('\n');

describe('localizeExample', () => {
  it('keeps the reader language only and drops directives', () => {
    expect(localizeExample(source, 'en')).toBe(
      "import { print } from 'python/builtins';\n// Say hello.\nif (true) {\n  // Indented comment.\n  print('hi');\n}\n",
    );
    const russian = localizeExample(source, 'ru');
    expect(russian).toContain('// Здороваемся.');
    expect(russian).toContain('  // Комментарий с отступом.');
    expect(russian).not.toMatch(/Say hello|Indented/);
  });

  it('gives every language the same line numbers', () => {
    const lineCounts = (['en', 'ru'] as const).map((lang) => localizeExample(source, lang).split('\n').length);
    expect(new Set(lineCounts).size).toBe(1);
  });
});

describe('commentPairProblems', () => {
  it('accepts complete pairs', () => {
    expect(commentPairProblems(source)).toEqual([]);
  });

  it('finds a comment with no translation, a swapped pair and mismatched indentation', () => {
    expect(commentPairProblems('// en: alone\nconst a = 1;')).toHaveLength(1);
    expect(commentPairProblems('// ru: первая\n// en: second')).not.toEqual([]);
    expect(commentPairProblems('// en: one\n  // ru: два')).toHaveLength(1);
  });
});

describe('parseDirectives', () => {
  it('reads a timeout, bounded, with a default', () => {
    expect(parseDirectives(source).timeoutMs).toBe(4000);
    expect(parseDirectives('const a = 1;').timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(parseDirectives('// @timeout 999999').timeoutMs).toBe(MAX_TIMEOUT_MS);
  });
});
