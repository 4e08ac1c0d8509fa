/** The editor's syntax colours: each Lezer tag takes the Shiki colour of its token kind. */
import { HighlightStyle } from '@codemirror/language';
import { tags, type Tag } from '@lezer/highlight';
import { tokenColorVariable, type TokenKind } from './theme/token-scopes';

const TAGS_BY_KIND: Record<TokenKind, Tag[]> = {
  keyword: [tags.keyword],
  controlKeyword: [tags.controlKeyword],
  moduleKeyword: [tags.moduleKeyword],
  definitionKeyword: [tags.definitionKeyword],
  modifier: [tags.modifier],
  operatorKeyword: [tags.operatorKeyword],
  operator: [tags.operator, tags.arithmeticOperator, tags.logicOperator, tags.compareOperator, tags.updateOperator],
  string: [tags.string, tags.special(tags.string)],
  regexp: [tags.regexp],
  escape: [tags.escape],
  number: [tags.number],
  atom: [tags.bool, tags.null, tags.atom],
  comment: [tags.comment, tags.lineComment, tags.blockComment],
  variable: [tags.variableName],
  constant: [tags.definition(tags.variableName), tags.constant(tags.variableName)],
  self: [tags.self],
  property: [tags.propertyName, tags.definition(tags.propertyName)],
  function: [
    tags.function(tags.variableName),
    tags.function(tags.propertyName),
    tags.function(tags.definition(tags.variableName)),
  ],
  type: [tags.typeName, tags.className, tags.namespace, tags.definition(tags.typeName)],
  invalid: [tags.invalid],
};

export const shikiHighlightStyle = HighlightStyle.define(
  (Object.entries(TAGS_BY_KIND) as [TokenKind, Tag[]][]).map(([kind, tag]) => ({
    tag,
    color: `var(${tokenColorVariable(kind)})`,
  })),
);
