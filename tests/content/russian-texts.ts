import { textsOf, type LanguageText } from './texts.ts';

/** Every Russian text of the site (tests/content/texts.ts), for the Russian-only checks. */
export type RussianText = LanguageText;

export function russianTexts(): RussianText[] {
  return textsOf('ru');
}
