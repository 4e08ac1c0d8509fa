/**
 * Text typed with the wrong keyboard layout, read as the reader meant it: Russian typed on the
 * English (QWERTY) layout ("ujyrb" for «гонки») and English typed on the Russian (ЙЦУКЕН) one
 * ("куакуыр_акщь_ви" for refresh_from_db). The keys are those of the standard Windows and macOS
 * layouts; on the Russian layout `,` `.` `;` `'` `[` `]` and `` ` `` are letters.
 */
const LATIN = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~';
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';

const toCyrillic = new Map(Array.from(LATIN, (char, index) => [char, CYRILLIC[index] ?? char]));
const toLatin = new Map(Array.from(CYRILLIC, (char, index) => [char, LATIN[index] ?? char]));

/** The same keys on the Russian layout: "ghbdtn" -> «привет». Other characters stay. */
export function latinKeysToCyrillic(text: string): string {
  return Array.from(text, (char) => toCyrillic.get(char) ?? char).join('');
}

/** The same keys on the English layout: «руддщ» -> "hello". Other characters stay. */
export function cyrillicKeysToLatin(text: string): string {
  return Array.from(text, (char) => toLatin.get(char) ?? char).join('');
}

/** Letters of one script only (and the characters the other layout turns into letters). */
export function isLatinTyped(word: string): boolean {
  return /[A-Za-z]/.test(word) && /^[A-Za-z[\]{};:'"`~,.<>_]+$/.test(word);
}

export function isCyrillicTyped(word: string): boolean {
  return /^[\p{Script=Cyrillic}_]+$/u.test(word) && /\p{Script=Cyrillic}/u.test(word);
}
