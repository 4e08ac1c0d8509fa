import { transform } from 'sucrase';

/** A reader's syntax error, located in the TypeScript they wrote (1-based line and column). */
export class SnippetSyntaxError extends Error {
  override readonly name = 'SyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
  }
}

interface SucraseParseError extends Error {
  loc?: { line: number; column: number };
}

/**
 * TypeScript to a CommonJS-style function body: types are erased and `import` becomes
 * `require(...)`. Sucrase keeps every statement on its original line, so a line number in a
 * stack trace of the output is a line number of the reader's TypeScript.
 */
export function transpileSnippet(source: string, filename: string): string {
  try {
    return transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: filename,
      // Modern syntax runs as written; only types and modules are rewritten.
      disableESTransforms: true,
      production: true,
    }).code;
  } catch (error) {
    const parseError = error as SucraseParseError;
    if (parseError.loc) {
      const reason = parseError.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)$/, '');
      // Sucrase's loc is already 1-based in both line and column, as editors count.
      throw new SnippetSyntaxError(reason, parseError.loc.line, parseError.loc.column);
    }
    throw error;
  }
}
