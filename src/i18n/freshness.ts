/**
 * Translation freshness: each translated page records, section by section, which English text
 * it was translated from, so that a change to an English section is noticed in every language.
 *
 * The record is a `source` map in the translated page's front matter, from section id to a
 * hash of the English section as the translator last saw it:
 *
 *   source:
 *     _intro: '3f2a9c1b04de'        (title, description and the text before the first heading)
 *     saving-objects: '9e1d0c5a7b22' (a heading's line and its text up to the next heading)
 *
 * A section is cut at every heading (`##` to `######`), so a change inside a subsection makes
 * only that subsection stale. The hash ignores trailing spaces and runs of blank lines.
 * `npm run translations:stamp -- <lang> <page> [section ...]` writes the current hashes after a
 * translator has brought sections up to date; tests/content/freshness.test.ts fails on any
 * section whose English changed since; a build with ALLOW_STALE_TRANSLATIONS=1 passes and shows
 * the readers of such a section a notice (src/build/translation-freshness.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The id of the part before the first heading (with the page's title and description). */
export const INTRO_SECTION = '_intro';

export interface Section {
  id: string;
  text: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

/** The front matter's lines (without the `---` fences) and the body after it. */
function splitFrontMatter(source: string): { lines: string[]; body: string } {
  const match = FRONT_MATTER.exec(source);
  return match ? { lines: match[1]!.split('\n'), body: source.slice(match[0].length) } : { lines: [], body: source };
}

/** A page's sections, in order: the intro (title, description, lead) and one per heading. */
export function sectionsOf(source: string): Section[] {
  const { lines: front, body } = splitFrontMatter(source);
  const head = front.filter((line) => /^(?:title|description):/.test(line));
  const sections: Section[] = [{ id: INTRO_SECTION, text: head.join('\n') }];
  let current = sections[0]!;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    // Lines inside a fenced code block are never headings (`# comment` in Python).
    const ticks = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (ticks && (fence === undefined || ticks.startsWith(fence))) fence = fence === undefined ? ticks : undefined;
    const heading = fence === undefined && !ticks ? /^#{2,6}\s+(.*?)\s*$/.exec(line) : null;
    if (heading) {
      const id = /\{#([\w-]+)\}$/.exec(heading[1]!)?.[1] ?? `heading-${sections.length}`;
      current = { id, text: '' };
      sections.push(current);
    }
    current.text += `${line}\n`;
  }
  return sections;
}

/** The hash a stamp records: of the section's text, blind to trailing spaces and blank-line runs. */
export function sectionHash(text: string): string {
  const normal = text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, 12);
}

/** The stamps that say "translated from this English page as it is now". */
export function currentStamps(englishSource: string): Record<string, string> {
  return Object.fromEntries(sectionsOf(englishSource).map((section) => [section.id, sectionHash(section.text)]));
}

/** The `source` map of a translated page's front matter (empty when it has none). */
export function readStamps(translatedSource: string): Record<string, string> {
  const { lines } = splitFrontMatter(translatedSource);
  const start = lines.findIndex((line) => /^source:\s*$/.test(line));
  const stamps: Record<string, string> = {};
  if (start < 0) return stamps;
  for (const line of lines.slice(start + 1)) {
    const entry = /^\s+([\w-]+):\s*['"]?([0-9a-f]+)['"]?\s*$/.exec(line);
    if (!entry) break;
    stamps[entry[1]!] = entry[2]!;
  }
  return stamps;
}

/** The translated page with its `source` map replaced by `stamps` (kept in the English order). */
export function writeStamps(
  translatedSource: string,
  stamps: Record<string, string>,
  order: readonly string[] = Object.keys(stamps),
): string {
  const { lines, body } = splitFrontMatter(translatedSource);
  if (!FRONT_MATTER.test(translatedSource)) throw new Error('the page has no front matter');
  const start = lines.findIndex((line) => /^source:\s*$/.test(line));
  let kept = lines;
  if (start >= 0) {
    let end = start + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end]!)) end += 1;
    kept = [...lines.slice(0, start), ...lines.slice(end)];
  }
  const ids = [...order.filter((id) => id in stamps), ...Object.keys(stamps).filter((id) => !order.includes(id))];
  // Quoted: a hash of digits only would otherwise be read as a number.
  const block = ['source:', ...ids.map((id) => `  ${id}: '${stamps[id]}'`)];
  return `---\n${[...kept, ...block].join('\n')}\n---\n${body}`;
}

export interface StaleSection {
  section: string;
  /** changed: the English changed since the stamp; unstamped: no stamp; gone: the English has no such section. */
  reason: 'changed' | 'unstamped' | 'gone';
}

/** The sections of a translation that are behind its English page. */
export function staleSections(englishSource: string, translatedSource: string): StaleSection[] {
  const current = currentStamps(englishSource);
  const stamps = readStamps(translatedSource);
  const stale: StaleSection[] = [];
  for (const [section, hash] of Object.entries(current)) {
    if (!(section in stamps)) stale.push({ section, reason: 'unstamped' });
    else if (stamps[section] !== hash) stale.push({ section, reason: 'changed' });
  }
  for (const section of Object.keys(stamps)) if (!(section in current)) stale.push({ section, reason: 'gone' });
  return stale;
}

/** Stamps the given sections (all when none is named) of a translation as up to date. */
export function stampSections(englishSource: string, translatedSource: string, sections: readonly string[] = []): string {
  const current = currentStamps(englishSource);
  const unknown = sections.filter((section) => !(section in current));
  if (unknown.length)
    throw new Error(
      `the English page has no section ${unknown.map((id) => `#${id}`).join(', ')} (its sections: ${Object.keys(current).join(', ')})`,
    );
  const stamps = readStamps(translatedSource);
  const next: Record<string, string> = {};
  // Stamps of sections the English no longer has are dropped; the others keep theirs unless named.
  for (const id of Object.keys(current)) {
    const hash = sections.length === 0 || sections.includes(id) ? current[id] : stamps[id];
    if (hash !== undefined) next[id] = hash;
  }
  return writeStamps(translatedSource, next, Object.keys(current));
}

export interface TranslatedPage {
  lang: string;
  /** The page's slug without its language: `ref/exceptions`, `index`. */
  slug: string;
  file: string;
  englishFile: string;
}

/** Every page of `lang` under `docsDir` that has an English original. */
export function translatedPages(docsDir: string, lang: string): TranslatedPage[] {
  const root = join(docsDir, lang);
  if (!existsSync(root)) return [];
  const found: TranslatedPage[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.mdx?$/.test(entry.name)) {
        const rel = relative(root, path).split(sep).join('/');
        const englishFile = join(docsDir, rel);
        if (existsSync(englishFile)) found.push({ lang, slug: rel.replace(/\.mdx?$/, ''), file: path, englishFile });
      }
    }
  };
  visit(root);
  return found.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The stale sections of every translated page of `langs`. */
export function staleTranslations(docsDir: string, langs: readonly string[]): (TranslatedPage & { stale: StaleSection[] })[] {
  return langs
    .flatMap((lang) => translatedPages(docsDir, lang))
    .map((page) => ({ ...page, stale: staleSections(readFileSync(page.englishFile, 'utf8'), readFileSync(page.file, 'utf8')) }))
    .filter((page) => page.stale.length > 0);
}

/** One line per stale section, naming the page, the section and the command that stamps it. */
export function describeStale(page: TranslatedPage, stale: StaleSection): string {
  const where = `src/content/docs/${page.lang}/${page.slug}: section #${stale.section}`;
  const stamp = `npm run translations:stamp -- ${page.lang} ${page.slug} ${stale.section}`;
  if (stale.reason === 'gone')
    return `${where} is stamped but the English page no longer has it (${stamp.replace(/ \S+$/, '')} drops it)`;
  const why =
    stale.reason === 'changed' ? 'changed in English since it was translated' : 'has no stamp (never marked as translated)';
  return `${where} ${why}; update the translation, then run ${stamp}`;
}
