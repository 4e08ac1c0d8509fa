import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/locales.ts';

/** Helpers for tests that read the pages' sources (src/content/docs). */
export const DOCS_DIR = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

export interface PageSource {
  /** Slug without language prefix: `ref/exceptions`, `index`. */
  slug: string;
  /** A language of LANGS (or of the list a fixture passes). */
  lang: string;
  file: string;
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

/** Every page under `dir`: English at the root, each other language of `langs` under its code. */
export function pageSources(dir: string = DOCS_DIR, langs: readonly string[] = LANGS): PageSource[] {
  return walk(dir)
    .sort()
    .map((file) => {
      const rel = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '');
      const lang = langs.find((candidate) => candidate !== DEFAULT_LANG && rel.startsWith(`${candidate}/`)) ?? DEFAULT_LANG;
      return { slug: lang === DEFAULT_LANG ? rel : rel.slice(lang.length + 1), lang, file, text: readFileSync(file, 'utf8') };
    });
}

/** The page body without front matter, import lines and fenced code blocks. */
export function bodyOf(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```$/gm, '');
}

export interface Heading {
  depth: number;
  id: string | undefined;
  text: string;
}

export function headingsOf(text: string): Heading[] {
  return Array.from(bodyOf(text).matchAll(/^(#{2,6})\s+(.*?)\s*$/gm), (match) => {
    const explicit = /\{#([a-z0-9-]+)\}$/.exec(match[2] ?? '');
    return { depth: match[1]!.length, id: explicit?.[1], text: (match[2] ?? '').replace(/\s*\{#[a-z0-9-]+\}$/, '') };
  });
}

/** The ids of the live examples a page places, in order. */
export function exampleIdsOf(text: string): string[] {
  return Array.from(text.matchAll(/<Example\s+[^>]*\bid="([^"]+)"/g), (match) => match[1]!);
}
