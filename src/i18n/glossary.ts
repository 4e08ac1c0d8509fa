/**
 * Each translated language's terminology: one term per Django concept, used the same way in
 * every text of that language (pages, the examples' and scenarios' comments, interface strings,
 * race-lab texts). A language's glossary is the file `src/i18n/glossary/<lang>.ts`, whose
 * default export is a `Glossary`; the glossary test finds every such file and holds each
 * language in LANGS to its own (and fails for a translated language that has none).
 * Identifiers (QuerySet, save(), DoesNotExist) stay as Django spells them.
 *
 * `avoid` lists wordings that the site does not use. A string is a lower-case stem, found
 * anywhere in the lower-cased prose (inline code left out); a RegExp is tested against the text
 * as written, inline code included, so it can see `except` or tell `queryset` from `QuerySet`.
 * `relapses` are sample sentences that break the rule: the glossary test checks that every
 * `avoid` item catches at least one of them, so a pattern that stops matching is noticed.
 * `gloss` asks for the English term in brackets right after the first mention in each text.
 */
import russian from './glossary/ru.ts';

export interface GlossaryEntry {
  en: string;
  /** The term in the glossary's language. */
  term: string;
  avoid: readonly (string | RegExp)[];
  relapses?: readonly string[];
  gloss?: { stem: string; text: string | readonly string[] };
  note?: string;
}

export interface Glossary {
  lang: string;
  entries: readonly GlossaryEntry[];
  /** Sentences that use the chosen terms and ordinary words: the test checks none is flagged. */
  fine: readonly string[];
}

/** The Russian glossary with each term also under `ru` (the search's synonyms read it so). */
export const RU_GLOSSARY: readonly (GlossaryEntry & { ru: string })[] = russian.entries.map((entry) => ({
  ...entry,
  ru: entry.term,
}));

/** The rules of `glossary` that `prose` (inline code left out) and `text` (as written) break. */
export function glossaryRelapses(glossary: Glossary, text: string, prose: string = text): string[] {
  const lower = prose.toLowerCase();
  const found: string[] = [];
  for (const entry of glossary.entries) {
    for (const rule of entry.avoid) {
      const hit = typeof rule === 'string' ? (lower.includes(rule) ? rule : undefined) : rule.exec(text)?.[0];
      if (hit !== undefined) found.push(`«${hit}» (use «${entry.term}»)`);
    }
    if (entry.gloss) {
      const first = lower.indexOf(entry.gloss.stem);
      if (first >= 0) {
        // The rest of the word (an inflection), then the gloss.
        const after = prose
          .slice(first + entry.gloss.stem.length)
          .replace(/^\p{L}*/u, '')
          .trimStart();
        // A gloss may have several forms (singular and plural).
        const glosses = typeof entry.gloss.text === 'string' ? [entry.gloss.text] : entry.gloss.text;
        if (!glosses.some((gloss) => after.startsWith(gloss))) found.push(`first «${entry.gloss.stem}…» without «${glosses[0]}»`);
      }
    }
  }
  return found;
}
