/// <reference types="vite/client" />
/**
 * Every example compiled at build time (src/build/compiled-examples.ts), one small chunk each,
 * fetched when the reader runs it unedited.
 */
const COMPILED: Record<string, () => Promise<string>> = import.meta.glob<string>('../examples/*/*.ts', {
  query: '?sandbox-compiled',
  import: 'default',
});

/** The compiled code of example `id`, or undefined if there is none (then the worker transpiles). */
export async function compiledExample(id: string): Promise<string | undefined> {
  try {
    return await COMPILED[`../examples/${id}.ts`]?.();
  } catch {
    return undefined;
  }
}
