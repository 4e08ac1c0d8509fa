/**
 * The TypeScript the examples may use: what Sucrase compiles to the same behaviour as tsc.
 * Sucrase strips types file by file, without a type checker, so constructs that emit code
 * from type information, or that it implements differently, are kept out of the examples.
 * Node-only (uses the TypeScript compiler); the tests run it over every example.
 */
import ts from 'typescript';

export interface SubsetViolation {
  line: number;
  construct: string;
}

function violationOf(node: ts.Node): string | undefined {
  if (ts.isEnumDeclaration(node)) return 'enum';
  if (ts.isModuleDeclaration(node)) return 'namespace or module declaration';
  if (ts.isDecorator(node)) return 'decorator';
  if (ts.isParameterPropertyDeclaration(node, node.parent)) return 'parameter property';
  if (ts.isImportEqualsDeclaration(node)) return 'import = (TypeScript import assignment)';
  if (ts.isExportAssignment(node) && node.isExportEquals) return 'export =';
  if (ts.isTypeAssertionExpression(node)) return 'angle-bracket type assertion (use `as`)';
  if (ts.isPropertyDeclaration(node)) {
    const modifiers = ts.getModifiers(node) ?? [];
    // `declare x: T;` only types a field (the runtime's models use it); Sucrase drops it as tsc does.
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)) return undefined;
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.AccessorKeyword)) return 'accessor field';
    // Sucrase keeps `x: T;` as a field set to undefined, which would hide an inherited accessor.
    if (!node.initializer && !node.exclamationToken && ts.isClassLike(node.parent) && !ts.isPrivateIdentifier(node.name)) {
      return 'class field without initializer';
    }
  }
  return undefined;
}

export function sucraseSubsetViolations(source: string, fileName = 'example.ts'): SubsetViolation[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: SubsetViolation[] = [];
  const visit = (node: ts.Node) => {
    const construct = violationOf(node);
    if (construct) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, construct });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every comment must be a line comment on a line of its own (the format localizes those only). */
export function strayComments(source: string): SubsetViolation[] {
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const comments = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node) => {
    for (const range of ts.getLeadingCommentRanges(source, node.getFullStart()) ?? []) comments.set(range.pos, range);
    for (const range of ts.getTrailingCommentRanges(source, node.getEnd()) ?? []) comments.set(range.pos, range);
    // getChildren() includes the tokens, so comments between any two tokens are seen.
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  const found: SubsetViolation[] = [];
  for (const range of comments.values()) {
    const line = file.getLineAndCharacterOfPosition(range.pos).line + 1;
    const text = source.slice(range.pos, range.end);
    const lineStart = source.lastIndexOf('\n', range.pos - 1) + 1;
    if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia) found.push({ line, construct: 'block comment' });
    else if (source.slice(lineStart, range.pos).trim() !== '') found.push({ line, construct: 'comment after code' });
    else if (!/^\/\/ (?:[a-z]{2}:|@\w)/.test(text)) found.push({ line, construct: 'comment without a language tag' });
  }
  return found.sort((a, b) => a.line - b.line);
}
