/** Reads a language's interface strings (src/content/i18n/<lang>.json) at build time. */
import { readFileSync } from 'node:fs';

const I18N_DIR = new URL('../content/i18n/', import.meta.url);

export function interfaceStrings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`${lang}.json`, I18N_DIR), 'utf8')) as Record<string, string>;
}
