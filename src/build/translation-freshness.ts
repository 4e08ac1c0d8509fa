/**
 * Translation freshness in the build (the stamps: src/i18n/freshness.ts). A build refuses to
 * run while a translated section is behind its English original, naming each one, unless
 * ALLOW_STALE_TRANSLATIONS=1 is set (a deployment that cannot wait for the translators). Such a
 * build shows the readers of each stale section a notice in their language, with a link to the
 * same section of the English page.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INTRO_SECTION, describeStale, staleTranslations } from '../i18n/freshness.ts';
import { TRANSLATED_LANGS } from '../i18n/locales.ts';
import { interfaceStrings } from '../i18n/interface-strings.ts';

const root = new URL('../../', import.meta.url);

export interface StaleNoticeStrings {
  notice: string;
  link: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notice for one section: an aside that search leaves out. */
export function staleNotice(strings: StaleNoticeStrings, englishHref: string): string {
  return (
    `<aside class="starlight-aside starlight-aside--caution site-stale-translation" data-pagefind-ignore>` +
    `<div class="starlight-aside__content"><p>${escapeHtml(strings.notice)} ` +
    `<a href="${escapeHtml(englishHref)}" hreflang="en">${escapeHtml(strings.link)}</a></p></div></aside>`
  );
}

/**
 * A built page with a notice under each stale section's heading (after Starlight's heading
 * wrapper and its anchor link), or at the top of the content for the intro. A section the page
 * does not show is left out rather than guessed at.
 */
export function insertStaleNotices(
  html: string,
  sections: readonly string[],
  strings: StaleNoticeStrings,
  englishPath: string,
): string {
  let out = html;
  for (const section of sections) {
    const href = section === INTRO_SECTION ? englishPath : `${englishPath}#${section}`;
    const notice = staleNotice(strings, href);
    if (section === INTRO_SECTION) {
      out = out.replace(/<div class="sl-markdown-content">/, (open) => open + notice);
      continue;
    }
    const heading = new RegExp(
      `<h([2-6])\\b[^>]*\\bid="${section}"[^>]*>[\\s\\S]*?</h\\1>(\\s*<a class="sl-anchor-link"[\\s\\S]*?</a>\\s*</div>)?`,
    ).exec(out);
    if (!heading) continue;
    const end = heading.index + heading[0].length;
    out = out.slice(0, end) + notice + out.slice(end);
  }
  return out;
}

export function translationFreshness(): AstroIntegration {
  const docsDir = fileURLToPath(new URL('src/content/docs/', root));
  const allowed = process.env.ALLOW_STALE_TRANSLATIONS === '1';
  return {
    name: 'site:translation-freshness',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const lines = staleTranslations(docsDir, TRANSLATED_LANGS).flatMap((page) =>
          page.stale.map((stale) => describeStale(page, stale)),
        );
        if (lines.length === 0) return;
        if (!allowed)
          throw new Error(
            `translations behind their English pages:\n${lines.join('\n')}\n(ALLOW_STALE_TRANSLATIONS=1 builds anyway, with a notice on each stale section)`,
          );
        logger.warn(`building with stale translations, each marked with a notice:\n${lines.join('\n')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        for (const page of staleTranslations(docsDir, TRANSLATED_LANGS)) {
          const slug = page.slug === 'index' ? '' : page.slug.replace(/\/index$/, '');
          const file = join(fileURLToPath(dir), page.lang, slug, 'index.html');
          if (!existsSync(file)) continue;
          const t = interfaceStrings(page.lang);
          const strings = { notice: t['site.stale.notice'] ?? '', link: t['site.stale.link'] ?? '' };
          const sections = page.stale.filter((stale) => stale.reason !== 'gone').map((stale) => stale.section);
          writeFileSync(file, insertStaleNotices(readFileSync(file, 'utf8'), sections, strings, `/${slug}${slug ? '/' : ''}`));
          logger.info(`stale-translation notices on /${page.lang}/${slug}: ${sections.join(', ')}`);
        }
      },
    },
  };
}
