/**
 * The modules a transpiled snippet imports. Apart from the transpiler, so that a Run of code
 * compiled at build time (an unedited example) needs no transpiler in the worker at all.
 */
const REQUIRE_CALL = /\brequire\((['"])([^'"]+)\1\)/g;

/** The module specifiers the transpiled code requires, in order of first appearance. */
export function requiredSpecifiers(transpiled: string): string[] {
  return [...new Set(Array.from(transpiled.matchAll(REQUIRE_CALL), (match) => match[2] ?? ''))];
}
