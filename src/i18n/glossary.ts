/**
 * The Russian edition's terminology: one Russian term per Django concept, used the same way in
 * every Russian text of the site (pages, `// ru:` and `# ru:` comments of the examples and the
 * race-lab scenarios, interface strings, scenario descriptions). Identifiers (QuerySet, save(),
 * DoesNotExist) stay as Django spells them.
 *
 * `avoid` lists wordings that the site does not use. A string is a lower-case stem, found
 * anywhere in the lower-cased prose (inline code left out); a RegExp is tested against the text
 * as written, inline code included, so it can see `except` or tell `queryset` from `QuerySet`.
 * `relapses` are sample sentences that break the rule: the glossary test checks that every
 * `avoid` item catches at least one of them, so a pattern that stops matching is noticed.
 * `gloss` asks for the English term in brackets right after the first mention in each text.
 */
export interface GlossaryEntry {
  en: string;
  ru: string;
  avoid: readonly (string | RegExp)[];
  relapses?: readonly string[];
  gloss?: { stem: string; text: string };
  note?: string;
}

export const RU_GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'model', ru: 'модель', avoid: [] },
  { en: 'model instance', ru: 'экземпляр модели', avoid: ['инстанс'] },
  { en: 'model class', ru: 'класс модели', avoid: [] },
  { en: 'field', ru: 'поле', avoid: [] },
  { en: 'primary key', ru: 'первичный ключ', avoid: ['праймари'] },
  { en: 'foreign key', ru: 'внешний ключ', avoid: ['форин'] },
  { en: 'manager', ru: 'менеджер', avoid: [] },
  {
    en: 'QuerySet',
    ru: 'QuerySet',
    avoid: ['кверисет', 'квери-сет', /набор\p{L}*\s+запрос/iu, /(?<![\w.(/-])queryset(?![\w(-])/u],
    relapses: ['Экземпляр из набора запросов.', 'Такой queryset можно вычислить.'],
    note: 'not translated: a QuerySet is one query with its results, not «a set of queries»; «выборка» where a Russian word reads better',
  },
  {
    en: 'lookup',
    ru: 'лукап (lookup)',
    avoid: [],
    gloss: { stem: 'лукап', text: '(lookup)' },
    note: 'field lookups such as pub_date__year; the first mention in each text is followed by «(lookup)»; «условие фильтрации» where a plain-language phrase reads better',
  },
  { en: 'exception', ru: 'исключение', avoid: ['эксепшен', 'эксепшн'] },
  { en: 'to raise (an exception)', ru: 'выбрасывать (исключение)', avoid: ['райзить', 'рейзить'] },
  {
    en: 'to catch',
    ru: 'перехватывать',
    avoid: ['кетчить', /(?<!\p{L})лов(?:ит|ят|ить|ил|ила|или|ится|ятся)(?!\p{L})/iu, /(?<!\p{L})пойма(?:нн|л|ть|ет)/iu],
    relapses: ['Общий класс ловит любой DoesNotExist.', 'Обработчик вызывает пойманное исключение.'],
  },
  { en: 'traceback', ru: 'трассировка (traceback)', avoid: ['трейсбек'] },
  { en: 'transaction', ru: 'транзакция', avoid: [] },
  { en: 'savepoint', ru: 'точка сохранения', avoid: ['сейвпоинт'] },
  { en: 'race condition', ru: 'состояние гонки', avoid: ['рейс кондишн'] },
  {
    en: 'lock (row lock)',
    ru: 'блокировка (строки)',
    avoid: [/(?<!\p{L})лок(?:и|а|ов|ом)?(?!\p{L})/iu],
    relapses: ['Процесс A держит лок на строке.'],
  },
  {
    en: 'lock awaited',
    ru: 'ожидание блокировки',
    avoid: [/ожидаем\p{L}* блокировк/iu],
    relapses: ['Ожидаемые блокировки'],
    note: '«ожидаемая блокировка» reads as an expected lock',
  },
  {
    en: 'interleaving',
    ru: 'чередование',
    avoid: [/(?<!\p{L})порядк(?:и|ов|ам|ами|ах)(?!\p{L})/iu, /(?<!\p{L})(?:любой|любом|каждый|один|этот|прогон)\s+порядк/iu, /порядк\p{L}* (?:со сбоем|без сбоя)/iu],
    relapses: ['Прогнать все порядки', 'при любом порядке остаётся 7', 'Записанный прогон порядка со сбоем'],
    note: 'an order of the processes’ steps in the race lab; «порядок» stays for ordinary order (в порядке объявления)',
  },
  { en: 'cache', ru: 'кеш', avoid: ['кэш'], note: 'the spelling «кеш» throughout' },
  { en: 'signal', ru: 'сигнал', avoid: [] },
  { en: 'validation', ru: 'проверка (валидация)', avoid: [], note: '«проверка» in prose; «валидация» where Django’s own term reads better' },
  { en: 'deferred field', ru: 'отложенное поле', avoid: [] },
  {
    en: 'fetch mode',
    ru: 'режим загрузки (fetch mode)',
    avoid: ['догрузк'],
    note: 'FETCH_ONE, FETCH_PEERS, FETCH_RAISE (Django 6.1)',
  },
  { en: 'proxy model', ru: 'прокси-модель', avoid: [] },
  { en: 'multi-table inheritance', ru: 'многотабличное наследование', avoid: [] },
  { en: 'abstract model', ru: 'абстрактная модель', avoid: [] },
  {
    en: 'base class',
    ru: 'базовый класс',
    avoid: [/(?<!\p{L})(?:две|обе|вторая|вторую|первая)\s+баз[аыу](?!\p{L})(?!\s+данных)/iu],
    relapses: ['У класса две базы.', 'Вторая база объясняет и это.'],
    note: '«база» on this site is a database',
  },
  { en: 'database alias', ru: 'псевдоним базы данных', avoid: ['алиас'] },
  {
    en: 'forced INSERT / UPDATE (force_insert, force_update)',
    ru: 'принудительный INSERT / UPDATE',
    avoid: [/принужд|принуди(?!тельн)/iu],
    relapses: ['force_insert принуждает к INSERT.', 'Обычный save() ничего не принуждает.'],
  },
  {
    en: 'except clause',
    ru: 'блок except',
    avoid: [/(?:предложени|ветк)\p{L}*\s+`?except/iu, /except-(?:ветк|предложени)/iu],
    relapses: ['В предложении `except` класс называют.', 'ветка except не выполнялась', 'except-ветка'],
    note: '«предложение» is a sentence; «блок except» throughout',
  },
  {
    en: 'view',
    ru: 'view',
    avoid: ['представлени', 'вьюх', 'вьюш'],
    relapses: ['в обобщённом представлении'],
    note: 'Django’s view stays «view» (средний род: «view, заданное строкой»); «представление» is not used, not even for repr',
  },
  {
    en: 'production',
    ru: 'рабочее окружение',
    avoid: [/(?<!\p{L})боев\p{L}*\s+(?:окружени|сервер|сред)/iu, /рабоч\p{L}*\s+систем/iu, 'продакшн', 'продакшен'],
    relapses: ['в рабочей системе', 'не для боевого окружения'],
  },
  { en: 'helper (function)', ru: 'вспомогательная функция', avoid: ['помощник'] },
  { en: 'parser', ru: 'парсер', avoid: ['разборщик'] },
  { en: 'stand-in', ru: 'заглушка', avoid: ['заменител'], note: 'a class or value that imitates a driver’s exception, a default, etc.' },
  {
    en: 'iterable',
    ru: 'итерируемый объект',
    avoid: ['перечисляем', /(?<!\p{L})перечн(?:я|ю|ем|е)(?!\p{L})|(?<!\p{L})перечень(?!\p{L})/iu],
    relapses: ['Подойдёт любой перечень имён.'],
  },
  {
    en: 'pickled data',
    ru: 'pickle-данные',
    avoid: [/(?<!\p{L})пакет\p{L}*(?!\p{L})(?!\s+(?!pickle)[a-z_])/iu],
    relapses: ['Пакет без пометки даёт предупреждение.'],
    note: '«пакет» is a Python package («пакет blog»), never a pickle',
  },
  { en: 'trouble', ru: 'ошибка, проблема', avoid: ['неполадк'], note: '«неполадка» sounds like broken hardware' },
  { en: 'live example', ru: 'живой пример', avoid: ['сниппет'] },
  { en: 'keyword argument', ru: 'именованный аргумент', avoid: ['кваргс', 'кейворд'] },
  {
    en: 'keyword-only argument',
    ru: 'аргумент, передаваемый только по имени',
    avoid: [/необязательн\p{L}* именованн\p{L}* аргумент/iu],
    relapses: ['необязательный именованный аргумент `fetch_mode`'],
    note: 'keyword-only is not optional',
  },
];

/** The glossary's rules that `prose` (inline code left out) and `text` (as written) break. */
export function glossaryRelapses(text: string, prose: string = text): string[] {
  const lower = prose.toLowerCase();
  const found: string[] = [];
  for (const entry of RU_GLOSSARY) {
    for (const rule of entry.avoid) {
      const hit = typeof rule === 'string' ? (lower.includes(rule) ? rule : undefined) : rule.exec(text)?.[0];
      if (hit !== undefined) found.push(`«${hit}» (use «${entry.ru}»)`);
    }
    if (entry.gloss) {
      const first = lower.indexOf(entry.gloss.stem);
      if (first >= 0) {
        const after = prose.slice(first).replace(/^\p{L}+/u, '').trimStart();
        if (!after.startsWith(entry.gloss.text)) found.push(`first «${entry.gloss.stem}…» without «${entry.gloss.text}»`);
      }
    }
  }
  return found;
}
