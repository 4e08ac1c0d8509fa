import { bases } from '../runtime/python/exceptions';
import { classQualname } from '../runtime/python/names';
import type { ExceptionCatalogEntry } from '../content/exceptions-catalog';

/**
 * The exception hierarchy as a tree, computed from the runtime's own classes (their Python
 * bases), so the diagram on the Exceptions page cannot disagree with the code that raises them.
 * Classes outside the catalog (Python's Exception, OSError) become unlinked roots.
 */
export interface ExceptionTreeNode {
  name: string;
  /** Section id on the Exceptions page; absent for Python built-ins. */
  anchor?: string;
  importPath?: string;
  versionAdded?: string;
  children: ExceptionTreeNode[];
}

export function buildExceptionTree(catalog: readonly ExceptionCatalogEntry[]): ExceptionTreeNode[] {
  const nodeOf = new Map<Function, ExceptionTreeNode>();
  for (const entry of catalog) {
    nodeOf.set(entry.cls, {
      name: entry.name,
      anchor: entry.anchor,
      importPath: entry.importPath,
      ...(entry.versionAdded ? { versionAdded: entry.versionAdded } : {}),
      children: [],
    });
  }
  const roots = new Map<Function, ExceptionTreeNode>();
  for (const entry of catalog) {
    const node = nodeOf.get(entry.cls)!;
    // Python's first base is the one the class is drawn under; Django's documented
    // exceptions have a single base.
    const parentClass = bases(entry.cls)[0];
    if (!parentClass) continue;
    let parent = nodeOf.get(parentClass) ?? roots.get(parentClass);
    if (!parent) {
      parent = { name: classQualname(parentClass), children: [] };
      roots.set(parentClass, parent);
    }
    parent.children.push(node);
  }
  return [...roots.values()];
}

/** The name of each documented class's parent in the tree, for checks and captions. */
export function parentNames(tree: readonly ExceptionTreeNode[]): Map<string, string> {
  const parents = new Map<string, string>();
  const visit = (node: ExceptionTreeNode) => {
    for (const child of node.children) {
      parents.set(child.name, node.name);
      visit(child);
    }
  };
  tree.forEach(visit);
  return parents;
}
