/**
 * Links from an exception's name in a traceback to the section that documents it, only where
 * that section exists in the build: `django.core.exceptions.ObjectDoesNotExist` -> the
 * Exceptions reference, `app.models.Entry.DoesNotExist` (a class inside a model class) -> the
 * model class attributes page. Names come as the traceback prints them, module first.
 */

export interface LinkTarget {
  /** The page's path in the reader's language, e.g. `/ru/ref/exceptions/`. */
  path: string;
  /** The section ids the page has. */
  anchors: string[];
}

export interface ExceptionLinkTargets {
  exceptions?: LinkTarget;
  modelClass?: LinkTarget;
}

export function exceptionHref(name: string, targets: ExceptionLinkTargets): string | undefined {
  const parts = name.split('.');
  const owner = parts.at(-2);
  // Modules are lower case, classes capitalised: `Entry.DoesNotExist` lives in a model class.
  const target = owner !== undefined && /^[A-Z]/.test(owner) ? targets.modelClass : targets.exceptions;
  const anchor = (parts.at(-1) ?? '').toLowerCase();
  return target?.anchors.includes(anchor) ? `${target.path}#${anchor}` : undefined;
}

/** The explicit section ids of an MDX page: `## Title {#id}` and `id="..."` attributes. */
export function sectionIds(markdown: string): string[] {
  const ids = [...markdown.matchAll(/\{#([\w-]+)\}/g), ...markdown.matchAll(/\sid="([\w-]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(ids)];
}
