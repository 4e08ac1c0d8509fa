import { describe, expect, it } from 'vitest';
import { commentPairProblems, localizeExample, parseDirectives } from '../../src/playground/example-source.ts';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../../src/sandbox/limits.ts';

/** The fixture's languages: these tests are about the pairing rule, whatever languages the site has. */
const PAIR = ['en', 'ru'] as const;

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
    expect(commentPairProblems(source, '//', PAIR)).toEqual([]);
  });

  it('finds a comment with no translation, a swapped pair and mismatched indentation', () => {
    expect(commentPairProblems('// en: alone\nconst a = 1;', '//', PAIR)).toHaveLength(1);
    expect(commentPairProblems('// ru: первая\n// en: second', '//', PAIR)).not.toEqual([]);
    expect(commentPairProblems('// en: one\n  // ru: два', '//', PAIR)).toHaveLength(1);
  });
});

describe('parseDirectives', () => {
  it('reads a timeout, bounded, with a default', () => {
    expect(parseDirectives(source).timeoutMs).toBe(4000);
    expect(parseDirectives('const a = 1;').timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(parseDirectives('// @timeout 999999').timeoutMs).toBe(MAX_TIMEOUT_MS);
  });
});

describe('a third language', () => {
  // A fixture language list: the format is one comment line per language, however many there are.
  const langs = ['en', 'ru', 'xx'];
  const three =
    "// en: Say hello.\n// ru: Здороваемся.\n// xx: Saludamos.\nprint('hi');\nif (true) {\n  // en: Twice.\n  // ru: Дважды.\n  // xx: Dos veces.\n  print('hi');\n}\n";
  const python = "# en: Say hello.\n# ru: Здороваемся.\n# xx: Saludamos.\nprint('hi')\n";

  it('accepts a run of one line per language, in order', () => {
    expect(commentPairProblems(three, '//', langs)).toEqual([]);
    expect(commentPairProblems(python, '#', langs)).toEqual([]);
  });

  it('finds a run without the third line, or out of order', () => {
    expect(commentPairProblems(source, '//', langs)).toEqual([
      'line 5: expected a "// xx:" comment (one line per language: en, ru, xx)',
      'line 8: expected a "// xx:" comment (one line per language: en, ru, xx)',
    ]);
    expect(commentPairProblems('// en: a\n// xx: c\n// ru: b\nx;', '//', langs)).toHaveLength(2);
    expect(commentPairProblems(python.replace('# xx', '  # xx'), '#', langs)).toHaveLength(1);
  });

  it('shows each reader their own line, on the same line numbers', () => {
    expect(localizeExample(three, 'xx')).toBe("// Saludamos.\nprint('hi');\nif (true) {\n  // Dos veces.\n  print('hi');\n}\n");
    expect(localizeExample(python, 'xx', '#')).toBe("# Saludamos.\nprint('hi')\n");
    const lineCounts = langs.map((lang) => localizeExample(three, lang).split('\n').length);
    expect(new Set(lineCounts).size).toBe(1);
  });

  it('is rejected while the site does not have that language', () => {
    // With the real LANGS (no xx), the xx line starts a run of its own that is incomplete.
    expect(commentPairProblems(three)).not.toEqual([]);
  });
});
