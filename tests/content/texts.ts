import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../src/i18n/locales.ts';
import { SCENARIOS } from '../../src/race-lab-scenarios/index.ts';
import { SCENARIO_TEXTS, scenarioTexts, type ScenarioTextFile } from '../../src/race-lab-scenarios/texts.ts';
import { bodyOf, pageSources } from './pages.ts';

/**
 * Every text of the site in one language, for the tests that hold it to that language's
 * glossary, typography and punctuation: the pages, the interface strings, the race-lab
 * scenarios' titles, labels and descriptions, and the `// <lang>:` / `# <lang>:` comments of the
 * examples and the scenarios. `text` is as written (Markdown inline code keeps its content,
 * backticks dropped); `prose` leaves inline code out. A page is one text; each string or comment
 * file is one text.
 */
export interface LanguageText {
  source: string;
  kind: 'page' | 'ui' | 'scenario' | 'comments';
  text: string;
  prose: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the texts live; a test passes a fixture to try a language the site does not have. */
export interface TextRoots {
  docsDir: string;
  i18nDir: string;
  codeDirs: readonly string[];
  scenarios: Record<string, ScenarioTextFile>;
  langs: readonly string[];
}

export const SITE_ROOTS: TextRoots = {
  docsDir: join(ROOT, 'src/content/docs'),
  i18nDir: join(ROOT, 'src/content/i18n'),
  codeDirs: [join(ROOT, 'src/examples'), join(ROOT, 'src/race-lab-scenarios')],
  scenarios: SCENARIO_TEXTS,
  langs: LANGS,
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The comment lines of one language in an example or scenario file, joined as one text. */
export function commentsIn(source: string, lang: string): string {
  return Array.from(source.matchAll(new RegExp(`^[ \\t]*(?://|#) ${lang}: (.*)$`, 'gm')), (match) => match[1]!).join('\n');
}

export function textsOf(lang: string, roots: TextRoots = SITE_ROOTS): LanguageText[] {
  const texts: LanguageText[] = [];
  for (const page of pageSources(roots.docsDir, roots.langs).filter((p) => p.lang === lang)) {
    const body = bodyOf(page.text);
    texts.push({
      source: `page ${page.slug}`,
      kind: 'page',
      text: body.replace(/`([^`\n]*)`/g, '$1'),
      prose: body.replace(/`[^`\n]*`/g, ' '),
    });
  }
  const uiFile = join(roots.i18nDir, `${lang}.json`);
  if (existsSync(uiFile)) {
    const ui = JSON.parse(readFileSync(uiFile, 'utf8')) as Record<string, string>;
    for (const [key, value] of Object.entries(ui))
      texts.push({ source: `${lang}.json ${key}`, kind: 'ui', text: value, prose: value });
  }
  if (roots.scenarios[lang]) {
    for (const scenario of SCENARIOS.filter((s) => roots.scenarios[lang]![s.id])) {
      const found = scenarioTexts(scenario, lang, roots.scenarios);
      for (const part of [found.title, found.description, ...Object.values(found.labels)])
        texts.push({ source: `scenario ${scenario.id}`, kind: 'scenario', text: part, prose: part });
    }
  }
  const files = roots.codeDirs
    .flatMap(walk)
    .filter((file) => /\.(ts|py)$/.test(file))
    .sort();
  for (const file of files) {
    const comments = commentsIn(readFileSync(file, 'utf8'), lang);
    if (comments) texts.push({ source: relative(ROOT, file), kind: 'comments', text: comments, prose: comments });
  }
  return texts;
}
