import { describe, expect, it } from 'vitest';
import { buildExceptionTree, parentNames } from '../../src/build/exception-tree.ts';
import { EXCEPTIONS_CATALOG } from '../../src/content/exceptions-catalog.ts';

describe('the exception hierarchy diagram', () => {
  const tree = buildExceptionTree(EXCEPTIONS_CATALOG);
  const parents = parentNames(tree);

  it('draws every documented exception exactly once', () => {
    expect([...parents.keys()].sort()).toEqual(EXCEPTIONS_CATALOG.map((entry) => entry.name).sort());
  });

  it("places each class under the base the documentation gives it, read from the runtime's classes", () => {
    for (const entry of EXCEPTIONS_CATALOG) {
      const documentedBase = entry.base.replace(/^.*\./, '');
      expect(parents.get(entry.name)?.replace(/^.*\./, ''), entry.name).toBe(documentedBase);
    }
  });

  it("roots the tree at Python's built-in classes, which have no section to link to", () => {
    expect(tree.map((root) => root.name).sort()).toEqual(['Exception', 'OSError']);
    expect(tree.every((root) => root.anchor === undefined)).toBe(true);
  });
});
