/**
 * Checks every internal link of a built site: each href/src that stays on the site must lead
 * to a file, and each #fragment to an element with that id on the target page.
 * Used by the end-to-end suite on dist/ and by a unit test on a broken fixture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { resolveFile } from './serve.ts';

export interface BrokenLink {
  /** The page holding the link, relative to the site root (e.g. `ru/index.html`). */
  page: string;
  link: string;
  reason: 'missing page' | 'missing anchor';
}

export function listHtmlFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.html')) found.push(path);
    }
  };
  visit(root);
  return found.sort();
}

const ATTRIBUTE_LINK = /\s(?:href|src)="([^"]*)"/g;
const ELEMENT_ID = /\sid="([^"]*)"/g;

function idsOf(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(ELEMENT_ID), (match) => decodeEntities(match[1] ?? '')));
}

function decodeEntities(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** The site path of a page file: `ru/index.html` -> `/ru/`. */
function sitePath(root: string, file: string): string {
  const path = '/' + relative(root, file).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function findBrokenLinks(root: string, siteOrigin = 'https://site.invalid'): BrokenLink[] {
  const pages = listHtmlFiles(root);
  const idCache = new Map<string, Set<string>>();
  const idsFor = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsOf(readFileSync(file, 'utf8'))));
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const base = new URL(sitePath(root, page), siteOrigin);
    for (const match of html.matchAll(ATTRIBUTE_LINK)) {
      const raw = decodeEntities(match[1] ?? '');
      if (raw === '' || (/^(?:[a-z][a-z0-9+.-]*:)/i.test(raw) && !raw.startsWith(siteOrigin))) continue;
      const url = new URL(raw, base);
      if (url.origin !== new URL(siteOrigin).origin) continue;
      const target = resolveFile(root, url.pathname);
      const pageName = relative(root, page).split(sep).join('/');
      if (!target) {
        broken.push({ page: pageName, link: raw, reason: 'missing page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsFor(target).has(fragment)) {
        broken.push({ page: pageName, link: raw, reason: 'missing anchor' });
      }
    }
  }
  return broken;
}

export function describeBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((item) => `${item.page}: ${item.reason}: ${item.link}`).join('\n');
}
