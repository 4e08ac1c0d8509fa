import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DEFAULT_LANG } from '../i18n/locales.ts';
import { localizeExample } from '../playground/example-source.ts';
import { transpileSnippet } from '../sandbox/transpile.ts';

/** The import query that yields an example transpiled, as `export default "<code>"`. */
export const COMPILED_QUERY = 'sandbox-compiled';

/**
 * Compiles every example at build time, so a Run of an unedited example sends the worker code it
 * can run at once: the transpiler (the worker's largest chunk) is then never downloaded. Each
 * language's comments take the same lines (src/playground/example-source.ts), so one compilation
 * serves every language, tracebacks included.
 */
export function compiledExamples(): Plugin {
  const suffix = `?${COMPILED_QUERY}`;
  return {
    name: 'compiled-examples',
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const path = id.slice(0, -suffix.length);
      this.addWatchFile(path);
      const source = localizeExample(readFileSync(path, 'utf8'), DEFAULT_LANG);
      return `export default ${JSON.stringify(transpileSnippet(source, path))};`;
    },
  };
}
