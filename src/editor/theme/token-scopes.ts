/**
 * The editor's token kinds and, for each, the TextMate scope Shiki gives the same kind of
 * TypeScript token. The build looks each scope up in the Shiki themes (palette.ts) and the
 * editor colours its Lezer tags with the result (editor/highlight.ts), so edited code keeps the
 * colours of the static block.
 */
export const TOKEN_SCOPES = {
  keyword: 'keyword.control.ts',
  controlKeyword: 'keyword.control.flow.ts',
  moduleKeyword: 'keyword.control.import.ts',
  definitionKeyword: 'storage.type.ts',
  modifier: 'storage.modifier.ts',
  operatorKeyword: 'keyword.operator.new.ts',
  operator: 'keyword.operator.assignment.ts',
  string: 'string.quoted.single.ts',
  regexp: 'string.regexp.ts',
  escape: 'constant.character.escape.ts',
  number: 'constant.numeric.decimal.ts',
  atom: 'constant.language.boolean.true.ts',
  comment: 'comment.line.double-slash.ts',
  variable: 'variable.other.readwrite.ts',
  constant: 'variable.other.constant.ts',
  self: 'variable.language.this.ts',
  property: 'variable.other.property.ts',
  function: 'entity.name.function.ts',
  type: 'entity.name.type.ts',
  invalid: 'invalid.illegal.ts',
} as const;

export type TokenKind = keyof typeof TOKEN_SCOPES;

/** The CSS custom property that carries a token kind's colour. */
export function tokenColorVariable(kind: TokenKind): string {
  return `--pg-tok-${kind}`;
}
