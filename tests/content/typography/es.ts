import { headingsOf } from '../pages.ts';
import type { TypographyRules } from './prose.ts';
import { proseOf } from './prose.ts';

/**
 * Spanish typography, from the Spanish edition's style sheet:
 *
 * - a question or exclamation opens with ¿ or ¡ and closes with ? or !, within one sentence line;
 * - quotations use «…», with “…” only inside «…» (and no straight quotes, the shared checks);
 * - no space before : ; ? !
 * - headings and the page title in sentence case: only the first word and proper names
 *   capitalised, never Title Case.
 *
 * Django's own messages, quoted as Python prints them in English, are left alone.
 */
const ownQuote = (quoted: string) =>
  /[áéíóúñü¿¡]|(?<!\p{L})(?:el|la|los|las|que|del|una|con|por|para|es|se|su)(?!\p{L})/iu.test(quoted);

/** Unbalanced ¿…? and ¡…!, quotation marks and spaces before punctuation in one text. */
function lineProblems(prose: string): string[] {
  const problems: string[] = [];
  for (const line of prose.split('\n')) {
    // Addresses and site paths (`/admin/app/order/?_popup=1`) are not sentences.
    const text = line.replace(/https?:\/\/\S+|(?<!\S)\/\S+/g, ' ').trim();
    if (!text) continue;
    for (const [open, close] of [
      ['¿', '?'],
      ['¡', '!'],
    ] as const) {
      let depth = 0;
      for (const char of text) {
        if (char === open) depth += 1;
        else if (char === close) {
          if (depth === 0) problems.push(`${close} without ${open}: ${text}`);
          else depth -= 1;
        }
      }
      if (depth > 0) problems.push(`${open} without ${close}: ${text}`);
    }
    // “…” belongs inside «…»; outside one it is an English habit.
    if (/[“”]/.test(text.replace(/«[^»]*»/g, ''))) problems.push(`“…” outside «…»: ${text}`);
    if (/[^\S\n]+[:;?!](?![\w/])/.test(text)) problems.push(`space before punctuation: ${text}`);
  }
  return problems;
}

/** Proper names and acronyms a sentence-case heading may capitalise after its first word. */
const PROPER_NAMES = new Set([
  'Django',
  'Python',
  'TypeScript',
  'JavaScript',
  'SQL',
  'SQLite',
  'PostgreSQL',
  'MySQL',
  'Oracle',
  'Markdown',
  'ORM',
  'HTTP',
  'URL',
  'API',
  'Pagefind',
  'Unicode',
  'ASGI',
  'WSGI',
]);

/** Capitalised ordinary words after the first word of a heading (code and proper names aside). */
export function titleCaseWords(heading: string): string[] {
  const words = heading
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.slice(1).filter((word) => {
    const bare = word.replace(/^[¿¡("'“«]+|[.,:;?!)"'”»]+$/g, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(bare)) return false; // code, acronyms, CamelCase, numbers
    return !PROPER_NAMES.has(bare);
  });
}

/**
 * Inline code and components (a version badge) stand for a word here: left out as a space,
 * `clase \`Exception\`:` would read as a space before the colon.
 */
const codeAsWord = (markdown: string) => markdown.replace(/`[^`\n]*`|<[A-Z][^>]*\/>/g, 'ʘ');

function pageProblems(markdown: string): string[] {
  const problems = lineProblems(proseOf(codeAsWord(markdown), ownQuote));
  const title = /^---\n[\s\S]*?^title:\s*(.*)$/m.exec(markdown)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
  for (const heading of [...(title ? [title] : []), ...headingsOf(markdown).map((h) => h.text)]) {
    const capitalised = titleCaseWords(heading);
    if (capitalised.length) problems.push(`heading not in sentence case (${capitalised.join(', ')}): ${heading}`);
  }
  return problems;
}

const rules: TypographyRules = {
  lang: 'es',
  ownQuote,
  pageProblems,
  textProblems: (text) => lineProblems(codeAsWord(text).replace(/«[^»\n]*»/g, (quoted) => (ownQuote(quoted) ? quoted : '« »'))),
  mistakes: [
    ['¿Qué devuelve get()?', 0],
    ['Qué devuelve get()?', 1],
    ['¿Qué devuelve get()', 1],
    ['Cuidado!', 1],
    ['El método se llama “save”.', 1],
    ['Nota : el método guarda ; después ¿qué pasa ?', 1],
    ['---\ntitle: Atributos De La Clase\n---\n\n## Guardar Objetos {#saving}\n', 2],
    ['Dice "hola".', 1],
    ['El campo - si existe - se guarda.', 1],
  ],
  correct: [
    '---\ntitle: Atributos de la clase del modelo\n---\n\n## Guardar objetos con `save()` en Django {#saving}\n\n¿Qué hace save()? ¡Guarda! Ver «la sección “Guardar”»: el campo —si existe— se guarda; «Entry matching query does not exist.»',
    'Ver https://example.org/?q=1 y `a ? b : c`.',
  ],
};

export default rules;
