import { describe, expect, it } from 'vitest';
import { SnippetSyntaxError, transpileSnippet } from '../../src/sandbox/transpile.ts';
import { requiredSpecifiers } from '../../src/sandbox/snippet-imports.ts';
import { strayComments, sucraseSubsetViolations } from '../../src/sandbox/sucrase-subset.ts';

describe('transpileSnippet', () => {
  const source = [
    "import { print } from 'python/builtins';",
    "import type { Tuple } from 'python/builtins';",
    'const answer: number = 42;',
    'function show(value: unknown): void {',
    '  print(value as string);',
    '}',
    'show(answer);',
  ].join('\n');

  it('erases types, turns imports into require() and keeps every line where it was', () => {
    const code = transpileSnippet(source, 'keep-lines.ts');
    expect(code).not.toContain(': number');
    expect(code).toContain("require('python/builtins')");
    const lines = code.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toContain('const answer = 42');
    expect(lines[6]).toContain('show(answer)');
  });

  it('lists the modules a snippet requires, once each', () => {
    const code = transpileSnippet(
      "import { a } from 'django/db';\nimport { b } from 'django/db';\nimport { c } from 'python/sys';\na(b, c);",
      'x.ts',
    );
    expect(requiredSpecifiers(code)).toEqual(['django/db', 'python/sys']);
  });

  it('drops an import whose bindings are never used, as tsc does', () => {
    expect(requiredSpecifiers(transpileSnippet("import { a } from 'django/db';", 'x.ts'))).toEqual([]);
  });

  it('reports a syntax error at its 1-based line and column', () => {
    let caught: unknown;
    try {
      transpileSnippet('const ok = 1;\nconst = 5;', 'broken.ts');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SnippetSyntaxError);
    const syntaxError = caught as SnippetSyntaxError;
    expect(syntaxError.line).toBe(2);
    // `const = 5`: the parser expects a name where `=` stands, the 7th character.
    expect(syntaxError.column).toBe(7);
    expect(syntaxError.reason).toMatch(/unexpected token/i);
  });
});

describe('the Sucrase subset rules', () => {
  it.each([
    ['enum', 'enum Color { Red }'],
    ['const enum', 'const enum Color { Red }'],
    ['namespace', 'namespace Shapes { export const x = 1; }'],
    ['decorator', 'function d(t: unknown) { return t; }\n@d class A {}'],
    ['parameter property', 'class A { constructor(private readonly x: number) {} }'],
    ['import =', "import fs = require('fs');"],
    ['angle-bracket assertion', 'const n = <number>(1 as unknown);'],
    ['field without initializer', 'class A { x: number; }'],
  ])('rejects %s', (_label, code) => {
    expect(sucraseSubsetViolations(code)).not.toEqual([]);
  });

  it('accepts ordinary TypeScript', () => {
    const code =
      "import type { X } from 'y';\ntype T = { a: number };\ninterface I { b: string }\nclass A<T> { x = 1; y!: string; #z?: number; static w = 2; declare v: T; }\nconst v = (1 as unknown) satisfies unknown;";
    expect(sucraseSubsetViolations(code)).toEqual([]);
  });

  it('accepts tagged line comments and directives, rejects the rest', () => {
    const code =
      "// @timeout 3000\n// en: fine\n// ru: хорошо\nconst url = 'http://x // not a comment';\nconst a = 1; // en: trailing\n/* block */\n// untagged\nconst t = `${a} // still a string`;";
    expect(strayComments(code).map((found) => `${found.line} ${found.construct}`)).toEqual([
      '5 comment after code',
      '6 block comment',
      '7 comment without a language tag',
    ]);
  });
});
