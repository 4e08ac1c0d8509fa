/**
 * What Python spells with syntax or dunder attributes that TypeScript lacks, as functions:
 * `type(x).__name__`, `cls.__qualname__`, `cls.__mro__`, a `class X(Exception)` statement, and the
 * `Name: message` line a traceback ends with. The site's own helpers, not Python's.
 */
export { typeName } from '../../runtime/python/repr';
export { classQualname } from '../../runtime/python/names';
export { defineException, formatException, mro } from '../../runtime/python/exceptions';
