import { describe, expect, it } from 'vitest';
import { insertStaleNotices, staleNotice } from '../../src/build/translation-freshness.ts';
import { INTRO_SECTION } from '../../src/i18n/freshness.ts';
import { buildSidebar } from '../../src/build/sidebar.ts';

// A built page as Starlight writes it: headings in a wrapper with their anchor link.
const page =
  '<main><div class="sl-markdown-content"><p>Lead.</p>' +
  '<div class="sl-heading-wrapper level-h2"><h2 id="saving">Guardar</h2><a class="sl-anchor-link" href="#saving"><span>§</span></a></div><p>Text.</p>' +
  '<h3 id="details">Detalles</h3><p>More.</p></div></main>';
const strings = {
  notice: 'El original en inglés de esta sección cambió después de traducirla.',
  link: 'Leer la sección en inglés',
};

describe('the stale-translation notice', () => {
  it('goes under the heading of each stale section, linking to the English section', () => {
    const html = insertStaleNotices(page, ['saving', 'details'], strings, '/ref/a/');
    expect(html).toContain(
      `<a class="sl-anchor-link" href="#saving"><span>§</span></a></div>${staleNotice(strings, '/ref/a/#saving')}<p>Text.</p>`,
    );
    expect(html).toContain(`<h3 id="details">Detalles</h3>${staleNotice(strings, '/ref/a/#details')}<p>More.</p>`);
    expect(staleNotice(strings, '/ref/a/#saving')).toContain(
      '<a href="/ref/a/#saving" hreflang="en">Leer la sección en inglés</a>',
    );
    expect(staleNotice(strings, '/x/')).toContain('data-pagefind-ignore');
  });

  it('goes at the top for the intro, and nowhere for a section the page does not show', () => {
    expect(insertStaleNotices(page, [INTRO_SECTION], strings, '/ref/a/')).toContain(
      `<div class="sl-markdown-content">${staleNotice(strings, '/ref/a/')}<p>Lead.</p>`,
    );
    expect(insertStaleNotices(page, ['no-such-section'], strings, '/ref/a/')).toBe(page);
  });

  it('escapes its text', () => {
    expect(staleNotice({ notice: 'a < b & "c"', link: 'x' }, '/a/')).toContain('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('the sidebar', () => {
  it('takes each language’s labels from its interface strings', () => {
    const docs = new URL('../../src/content/docs/', import.meta.url);
    const strings = (lang: string) =>
      ({ 'site.sidebar.reference': `${lang}:ref`, 'site.sidebar.exceptions': `${lang}:exc` }) as Record<string, string>;
    expect(() => buildSidebar(docs, strings)).toThrow('site.sidebar.');
    const sidebar = buildSidebar(docs);
    expect(sidebar[0]!.label).toBe('Reference');
    expect(sidebar[0]!.translations).toMatchObject({ ru: 'Справочник' });
  });
});
