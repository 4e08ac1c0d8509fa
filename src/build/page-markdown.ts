/**
 * Every page as Markdown, for readers who paste pages into other tools and for the tools
 * themselves: `/ref/exceptions/` is also `/ref/exceptions.md`, and `/llms.txt` (`/ru/llms.txt`)
 * lists a language's pages. Made at build time from the same MDX and example files as the HTML:
 * each live example becomes its TypeScript, its Python twin, and the recorded output and SQL.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { langOfPath, langPrefix, type Lang } from '../i18n/locales.ts';
import { localizeExample } from '../playground/example-source.ts';
import { buildExceptionTree, type ExceptionTreeNode } from './exception-tree.ts';

/** The interface strings the Markdown uses, read from src/content/i18n/<lang>.json. */
export interface MarkdownStrings {
  versionAdded: string;
  versionChanged: string;
  output: string;
  python: string;
  hierarchy: string;
  raceLab: string;
}

export interface MarkdownSources {
  /** Reads `src/examples/<relative path>`, or undefined when there is no such file. */
  example(path: string): string | undefined;
  strings: MarkdownStrings;
  /** The exception classes the hierarchy diagram draws. */
  exceptionCatalog: Parameters<typeof buildExceptionTree>[0];
  /** The site's origin, for absolute links in llms.txt. */
  site: string;
}

export interface PageMarkdown {
  /** Site path of the HTML page, e.g. `/ru/ref/exceptions/`. */
  path: string;
  /** Where the Markdown is served, e.g. `/ru/ref/exceptions.md` (`/index.md` for `/`). */
  markdownPath: string;
  title: string;
  description: string;
  markdown: string;
}

const fence = (lang: string, code: string, title?: string) => {
  const body = code.replace(/\n+$/, '');
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${lang}${title ? ` title="${title}"` : ''}\n${body}\n${ticks}`;
};

function frontMatter(source: string): { data: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return { data: {}, body: source };
  const data: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const field = /^(\w+):\s*(.*)$/.exec(line);
    if (field) data[field[1]!] = field[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return { data, body: source.slice(match[0].length) };
}

function exampleMarkdown(id: string, lang: Lang, sources: MarkdownSources): string {
  const name = id.slice(id.lastIndexOf('/') + 1);
  const typescript = sources.example(`${id}.ts`);
  if (typescript === undefined) throw new Error(`Markdown: no example ${id}`);
  const parts = [fence('ts', localizeExample(typescript, lang), `${name}.ts`)];
  const python = sources.example(`${id}.py`);
  if (python !== undefined)
    parts.push(`${sources.strings.python}:`, fence('python', localizeExample(python, lang, '#'), `${name}.py`));
  parts.push(`${sources.strings.output}:`, fence('text', sources.example(`${id}.out.txt`) ?? ''));
  const sql = sources.example(`${id}.sql.txt`);
  if (sql) parts.push('SQL:', fence('sql', sql));
  return parts.join('\n\n');
}

function hierarchyMarkdown(nodes: readonly ExceptionTreeNode[], depth = 0): string {
  return nodes
    .map((node) => {
      const name = node.anchor ? `[\`${node.name}\`](#${node.anchor})` : `\`${node.name}\``;
      const line = `${'  '.repeat(depth)}- ${name}`;
      return node.children.length ? `${line}\n${hierarchyMarkdown(node.children, depth + 1)}` : line;
    })
    .join('\n');
}

/** An MDX page's body as plain Markdown, its components replaced by what they show. */
export function mdxToMarkdown(
  body: string,
  lang: Lang,
  sources: MarkdownSources,
  extraExceptions: Parameters<typeof buildExceptionTree>[0] = [],
): string {
  const prefix = langPrefix(lang);
  let text = body
    // The imports at the top are for the HTML build only (code blocks further down keep theirs).
    .replace(/^(?:(?:import .*)?\n)+/, '')
    // Heading ids stay the HTML's business: `## Saving objects {#saving-objects}`.
    .replace(/^(#{1,6} .*?)\s*\{#[\w-]+\}\s*$/gm, '$1')
    // Words only search should see.
    .replace(/^[ \t]*<SearchTerms\b[^>]*\/>\n?/gm, '')
    .replace(
      /<VersionBadge kind="(added|changed)" version="([\d.]+)" \/>/g,
      (_all, kind: string, version: string) =>
        `*${(kind === 'added' ? sources.strings.versionAdded : sources.strings.versionChanged).replace('{{version}}', version)}.*`,
    )
    .replace(/^[ \t]*<Example id="([\w/-]+)"\s*\/>/gm, (_all, id: string) => exampleMarkdown(id, lang, sources))
    .replace(
      /^[ \t]*<ExceptionHierarchy\b[^>]*\/>/gm,
      () =>
        `${sources.strings.hierarchy}:\n\n${hierarchyMarkdown(buildExceptionTree([...sources.exceptionCatalog, ...extraExceptions]))}`,
    )
    .replace(/^[ \t]*<RaceLab\s*\/>/gm, () => sources.strings.raceLab)
    .replace(
      /<DocCard slug="([\w/-]+)" title="([^"]*)">\s*([\s\S]*?)\s*<\/DocCard>/g,
      (_all, slug: string, title: string, blurb: string) => `- [${title}](${prefix}/${slug}/): ${blurb.replace(/\s+/g, ' ')}`,
    )
    .replace(
      /<Aside(?: type="(\w+)")?(?: title="([^"]*)")?>\s*([\s\S]*?)\s*<\/Aside>/g,
      (_all, _type: string | undefined, title: string | undefined, inner: string) => {
        const lines = inner.split('\n').map((line) => line.replace(/^ {2}/, ''));
        return [...(title ? [`**${title}**`, ''] : []), ...lines].map((line) => (line ? `> ${line}` : '>')).join('\n');
      },
    );
  // Wrappers such as <ul class="site-doc-list"> around the cards.
  text = text.replace(/^[ \t]*<\/?(?:ul|div)\b[^>]*>\s*$/gm, '');
  // A heading always stands in a paragraph of its own (outside code blocks, where # is a comment).
  let inFence = false;
  text = text
    .split('\n')
    .map((line, index, lines) => {
      if (/^`{3,}/.test(line)) inFence = !inFence;
      const next = lines[index + 1] ?? '';
      return !inFence && /^#{1,6} /.test(line) && /\S/.test(next) ? `${line}\n` : line;
    })
    .join('\n');
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** All pages of the docs folder, as Markdown. */
export function buildPageMarkdown(
  docsDir: string,
  sources: MarkdownSources,
  extraExceptions: Parameters<typeof buildExceptionTree>[0] = [],
): PageMarkdown[] {
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.mdx?$/.test(entry.name)) files.push(path);
    }
  };
  visit(docsDir);
  // Home pages first, then the rest by path.
  const order = (file: string) =>
    /(^|\/)index\.mdx?$/.test(relative(docsDir, file).split(sep).join('/')) ? `0${file}` : `1${file}`;
  return files
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((file) => {
      const slug = relative(docsDir, file)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '')
        .replace(/(^|\/)index$/, '');
      const path = `/${slug}${slug ? '/' : ''}`;
      const lang = langOfPath(path);
      const { data, body } = frontMatter(readFileSync(file, 'utf8'));
      const title = data.title ?? slug;
      const description = data.description ?? '';
      const markdown = `# ${title}\n\n${description ? `${description}\n\n` : ''}${mdxToMarkdown(body, lang, sources, extraExceptions)}`;
      return {
        path,
        markdownPath: path === '/' || path === `/${lang}/` ? `${path}index.md` : `${path.slice(0, -1)}.md`,
        title,
        description,
        markdown,
      };
    });
}

/** `llms.txt` for one language: what the site is, then every page's Markdown with its description. */
export function llmsTxt(pages: readonly PageMarkdown[], lang: Lang, siteTitle: string, summary: string, site: string): string {
  const own = pages.filter((page) => langOfPath(page.path) === lang);
  const lines = own.map(
    (page) => `- [${page.title}](${site}${page.markdownPath})${page.description ? `: ${page.description}` : ''}`,
  );
  return `# ${siteTitle}\n\n> ${summary}\n\n## Pages\n\n${lines.join('\n')}\n`;
}

/** Reads the example files for the Markdown build. */
export function exampleReader(examplesDir: string): (path: string) => string | undefined {
  return (path) => {
    const file = join(examplesDir, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}
