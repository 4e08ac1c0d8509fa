import { describe, expect, it } from 'vitest';
import { llmsTxt, mdxToMarkdown, type MarkdownSources } from '../../src/build/page-markdown.ts';

const files: Record<string, string> = {
  'basics/hi.ts': "import { print } from 'python/builtins';\n// en: Say hello.\n// ru: Здороваемся.\nprint('hi');\n",
  'basics/hi.py': '# en: Say hello.\n# ru: Здороваемся.\nprint("hi")\n',
  'basics/hi.out.txt': 'hi\n',
  'basics/hi.sql.txt': 'SELECT 1\n',
};
const sources: MarkdownSources = {
  example: (path) => files[path],
  strings: {
    versionAdded: 'New in Django {{version}}',
    versionChanged: 'Changed in Django {{version}}',
    output: 'Output',
    python: 'Python (Django)',
    hierarchy: 'Hierarchy',
    raceLab: 'The race lab is on the web page.',
  },
  exceptionCatalog: [],
  site: 'https://example.test',
};

const mdx = `import Example from '../../components/Example.astro';
import { Aside } from '@astrojs/starlight/components';
import SearchTerms from '../../search/SearchTerms.astro';

## Saying hello {#saying-hello}
<SearchTerms terms={['greeting']} />

<VersionBadge kind="added" version="6.1" /> Text about \`print()\`, with <Deferred field> kept.

<Example id="basics/hi" />

<Aside type="caution" title="Careful">
  First line.

  Second line.
</Aside>

<RaceLab />

\`\`\`python
import pickle
\`\`\`
`;

describe('a page as Markdown', () => {
  const markdown = mdxToMarkdown(mdx, 'ru', sources);

  it('drops imports, heading ids and search-only words', () => {
    expect(markdown).not.toMatch(/^import (Example|SearchTerms|{ Aside })/m);
    expect(markdown).toContain('## Saying hello\n');
    expect(markdown).not.toContain('greeting');
    expect(markdown).toContain('```python\nimport pickle\n```');
  });

  it("shows an example's TypeScript and Python in the page's language, with output and SQL", () => {
    expect(markdown).toContain(
      "```ts title=\"hi.ts\"\nimport { print } from 'python/builtins';\n// Здороваемся.\nprint('hi');\n```",
    );
    expect(markdown).toContain('Python (Django):\n\n```python title="hi.py"\n# Здороваемся.\nprint("hi")\n```');
    expect(markdown).toContain('Output:\n\n```text\nhi\n```\n\nSQL:\n\n```sql\nSELECT 1\n```');
  });

  it('turns badges and asides into text, and keeps text that only looks like a tag', () => {
    expect(markdown).toContain('*New in Django 6.1.* Text about `print()`, with <Deferred field> kept.');
    expect(markdown).toContain('> **Careful**\n>\n> First line.\n>\n> Second line.');
    expect(markdown).toContain('The race lab is on the web page.');
    expect(markdown).not.toMatch(/<(Example|Aside|VersionBadge|RaceLab|SearchTerms)\b/);
  });

  it("lists a language's pages in llms.txt with absolute links", () => {
    const pages = [
      { path: '/ref/x/', markdownPath: '/ref/x.md', title: 'X', description: 'About X.', markdown: '' },
      { path: '/ru/ref/x/', markdownPath: '/ru/ref/x.md', title: 'Икс', description: '', markdown: '' },
    ];
    expect(llmsTxt(pages, 'en', 'Site', 'What it is.', 'https://example.test')).toBe(
      '# Site\n\n> What it is.\n\n## Pages\n\n- [X](https://example.test/ref/x.md): About X.\n',
    );
    expect(llmsTxt(pages, 'ru', 'Сайт', 'О нём.', 'https://example.test')).toContain(
      '- [Икс](https://example.test/ru/ref/x.md)\n',
    );
  });
});
