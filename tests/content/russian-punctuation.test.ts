import { describe, expect, it } from 'vitest';
import { russianTexts } from './russian-texts.ts';

/**
 * Russian punctuation and spelling that a reader notices and a test can see, in every Russian
 * text of the site (pages, interface strings, scenario texts, example comments):
 *
 * - a list that continues the sentence before it (its items start in lower case or end with
 *   «;») is introduced by a colon, not a full stop;
 * - a quotation that ends with its own full stop (Django's messages do) still needs the
 *   sentence's full stop after the closing «»»: «…blocked.». Это…;
 * - ё is written the same way everywhere: a word spelled with ё in one place is not spelled
 *   with е in another (неприменённой, not непримененной).
 */

/** Lists introduced by a sentence that ends in a full stop although the list continues it. */
export function listIntroProblems(markdown: string): string[] {
  const lines = markdown.split('\n');
  const problems: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const item = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(lines[i]!);
    if (!item) continue;
    let j = i - 1;
    if (lines[j]!.trim() === '') j -= 1;
    const before = (lines[j] ?? '').trim();
    if (!before || /^(?:[-*]|\d+\.)\s|^\s|^[|#<]/.test(lines[j] ?? '') || !before.endsWith('.')) continue;
    let k = i;
    let itemText = item[1]!;
    while (k + 1 < lines.length && /^\s+\S/.test(lines[k + 1]!)) itemText += ` ${lines[++k]!.trim()}`;
    const bare = itemText.replace(/^[*`[]+/, '');
    if (/^[а-яё]/.test(bare) || /;$/.test(itemText.trim())) problems.push(`${before} → ${lines[i]!.trim()}`);
  }
  return problems;
}

/** Quotations ending in their own «.», «!» or «?» with no punctuation of the sentence after «»». */
export function closingQuoteProblems(text: string): string[] {
  const problems: string[] = [];
  const prose = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('|'))
    .join('\n');
  for (const match of prose.matchAll(/[.!?…]»(?=[ \t]*\n?[ \t]*[А-ЯЁA-Z]|[ \t]*(?:\n[ \t]*\n|\n?$))/g)) {
    problems.push(prose.slice(Math.max(0, match.index - 40), match.index + 2).replace(/\s+/g, ' '));
  }
  return problems;
}

/** Different words that the stem comparison would take for one word spelled two ways. */
const HOMOGRAPHS = new Set(['все', 'всем', 'нем', 'чем', 'небо', 'осел', 'обернуть']);

/** Words and stems that are always written with ё, whether or not the ё-form is used elsewhere. */
const ALWAYS_YO = {
  words: ['ещё', 'её', 'неё'],
  stems: [
    'применённ',
    'сохранённ',
    'изменённ',
    'удалённ',
    'определённ',
    'включённ',
    'отключённ',
    'завершённ',
    'приведённ',
    'переведённ',
    'учтённ',
  ],
};

/** Words spelled with ё in one text and with е in another (by the stem up to two letters after ё). */
export function yoProblems(texts: readonly string[]): string[] {
  const words = new Set(texts.flatMap((text) => text.toLowerCase().match(/[а-яё]+/g) ?? []));
  const problems = new Set<string>();
  for (const word of words) {
    const yo = word.indexOf('ё');
    if (yo < 0) continue;
    const stem = word.slice(0, yo + 3);
    const plain = stem.replaceAll('ё', 'е');
    for (const other of words) {
      if (other.includes('ё') || HOMOGRAPHS.has(other)) continue;
      if (stem === word ? other === plain : other.startsWith(plain) && other.length >= plain.length)
        problems.add(`${other} (elsewhere: ${word})`);
    }
  }
  for (const word of words) {
    if (ALWAYS_YO.words.some((yo) => word === yo.replaceAll('ё', 'е'))) problems.add(`${word} (write ё)`);
    const stem = ALWAYS_YO.stems.find((yo) => word.includes(yo.replaceAll('ё', 'е')));
    if (stem) problems.add(`${word} (write ё: ${stem})`);
  }
  return [...problems].sort();
}

describe('Russian punctuation and ё', () => {
  it('recognises the mistakes it looks for, and not correct text', () => {
    expect(listIntroProblems('Метод:\n\n- загружает поле;\n- сохраняет его.')).toEqual([]);
    expect(listIntroProblems('Метод делает два шага.\n\n- загружает поле;\n- сохраняет его.')).toHaveLength(1);
    expect(listIntroProblems('Два факта.\n\n- Пока строка есть, всё работает.\n- Потом нет.')).toEqual([]);
    expect(closingQuoteProblems('с сообщением «Fetching of Primary.value blocked.» Это способ')).toHaveLength(1);
    expect(closingQuoteProblems("вроде «Apps aren't loaded yet.»\n\nОбычные причины")).toHaveLength(1);
    expect(closingQuoteProblems("вроде «Apps aren't loaded yet.» или «Models aren't loaded yet.». Обычные")).toEqual([]);
    expect(closingQuoteProblems('страница «Живые примеры» рассказывает')).toEqual([]);
    expect(yoProblems(['зачёркнутой строки', 'зачеркнутой строки'])).toEqual(['зачеркнутой (elsewhere: зачёркнутой)']);
    expect(yoProblems(['из-за непримененной миграции'])).toEqual(['непримененной (write ё: применённ)']);
    expect(yoProblems(['её и еще'])).toEqual(['еще (write ё)']);
    expect(yoProblems(['всё равно', 'все поля', 'применение', 'применённый'])).toEqual([]);
  });

  const texts = russianTexts();
  const pages = texts.filter((text) => text.kind === 'page');

  it.each(pages.map((page) => [page.source, page.text] as const))(
    '%s introduces a continuing list with a colon',
    (_source, text) => {
      expect(listIntroProblems(text)).toEqual([]);
    },
  );

  it.each(texts.map((text) => [text.source, text.text] as const))('%s closes a sentence after a quotation', (_source, text) => {
    expect(closingQuoteProblems(text)).toEqual([]);
  });

  it('spells every word with ё the same way everywhere', () => {
    expect(yoProblems(texts.map((text) => text.text))).toEqual([]);
  });
});
