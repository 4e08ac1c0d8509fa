/**
 * One page in the search results, rendered as DOM for Component UI's `resultTemplate`.
 *
 * The page's best-matching section comes first and is the main link, so the first result
 * lands the reader on the answer rather than at the top of the page; the next best sections
 * follow as heading links. Component UI's class names are kept so its styles and arrow-key
 * navigation (which walks the links) apply unchanged.
 */
import { shownSections, type PageResultData, type RankedSection } from './rank-sections.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt is escaped text with <mark> elements. It is parsed in an inert <template>
 * and only text and <mark> are copied, so nothing from the index can become markup.
 */
export function appendExcerpt(parent: Element, excerptHtml: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerptHtml;
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) parent.append(node.textContent ?? '');
    else if (node instanceof Element && node.localName === 'mark') parent.append(element('mark', '', node.textContent ?? ''));
    else parent.append(node.textContent ?? '');
  }
}

function mainLink(best: RankedSection): HTMLAnchorElement {
  const link = element('a', 'pf-result-link');
  link.href = best.url;
  if (best.sectionTitle === undefined) {
    link.textContent = best.pageTitle;
    return link;
  }
  link.append(element('span', 'site-search-section', best.sectionTitle), element('span', 'site-search-page', best.pageTitle));
  return link;
}

/** `query` is what Pagefind was asked (the normalised query); `prefer`, the sections known to explain it. */
export function renderPageResult(result: PageResultData, query: string, prefer: readonly string[] = []): HTMLLIElement {
  const [best, ...extra] = shownSections(result, query, prefer);
  const item = element('li', 'pf-result');
  if (!best) return item;
  const card = element('div', 'pf-result-card');
  const content = element('div', 'pf-result-content');
  const title = element('p', 'pf-result-title');
  title.append(mainLink(best));
  const excerpt = element('p', 'pf-result-excerpt');
  appendExcerpt(excerpt, best.excerpt);
  content.append(title, excerpt);
  card.append(content);
  item.append(card);
  if (extra.length > 0) {
    const chips = element('ul', 'pf-heading-chips');
    for (const section of extra) {
      const chip = element('li', 'pf-heading-chip');
      const link = element('a', 'pf-heading-link', section.sectionTitle);
      link.href = section.url;
      const chipExcerpt = element('p', 'pf-heading-excerpt');
      appendExcerpt(chipExcerpt, section.excerpt);
      chip.append(link, chipExcerpt);
      chips.append(chip);
    }
    item.append(chips);
  }
  return item;
}
