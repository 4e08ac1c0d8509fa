import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from '../../src/race-lab-scenarios/index.ts';
import { bodyOf, pageSources } from './pages.ts';

/**
 * Every Russian text of the site, for the tests that hold it to the glossary and to Russian
 * punctuation: the pages, the interface strings, the race-lab scenarios' titles, labels and
 * descriptions, and the `// ru:` / `# ru:` comments of the examples and the scenarios.
 * `text` is as written (Markdown inline code keeps its content, backticks dropped); `prose`
 * leaves inline code out. A page is one text; each string or comment file is one text.
 */
export interface RussianText {
  source: string;
  kind: 'page' | 'ui' | 'scenario' | 'comments';
  text: string;
  prose: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The Russian comment lines of an example or scenario file, joined as one text. */
export function russianComments(source: string): string {
  return Array.from(source.matchAll(/^[ \t]*(?:\/\/|#) ru: (.*)$/gm), (match) => match[1]!).join('\n');
}

export function russianTexts(): RussianText[] {
  const texts: RussianText[] = [];
  for (const page of pageSources().filter((p) => p.lang === 'ru')) {
    const body = bodyOf(page.text);
    texts.push({ source: `page ${page.slug}`, kind: 'page', text: body.replace(/`([^`\n]*)`/g, '$1'), prose: body.replace(/`[^`\n]*`/g, ' ') });
  }
  const ui = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/ru.json'), 'utf8')) as Record<string, string>;
  for (const [key, value] of Object.entries(ui)) texts.push({ source: `ru.json ${key}`, kind: 'ui', text: value, prose: value });
  for (const scenario of SCENARIOS) {
    const parts = [scenario.title.ru, scenario.description.ru, ...scenario.variants.map((variant) => variant.label.ru)];
    for (const part of parts) texts.push({ source: `scenario ${scenario.id}`, kind: 'scenario', text: part, prose: part });
  }
  const files = [...walk(join(ROOT, 'src/examples')), ...walk(join(ROOT, 'src/race-lab-scenarios'))].filter((file) => /\.(ts|py)$/.test(file)).sort();
  for (const file of files) {
    const comments = russianComments(readFileSync(file, 'utf8'));
    if (comments) texts.push({ source: relative(ROOT, file), kind: 'comments', text: comments, prose: comments });
  }
  return texts;
}
