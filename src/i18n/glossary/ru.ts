/**
 * The Russian edition's terminology: one Russian term per Django concept, used the same way in
 * every Russian text of the site (pages, `// ru:` and `# ru:` comments of the examples and the
 * race-lab scenarios, interface strings, scenario texts). The format: src/i18n/glossary.ts.
 */
import type { Glossary, GlossaryEntry } from '../glossary.ts';

const entries: GlossaryEntry[] = [
  { en: 'model', term: 'модель', avoid: [] },
  { en: 'model instance', term: 'экземпляр модели', avoid: ['инстанс'] },
  { en: 'model class', term: 'класс модели', avoid: [] },
  { en: 'field', term: 'поле', avoid: [] },
  { en: 'primary key', term: 'первичный ключ', avoid: ['праймари'] },
  { en: 'foreign key', term: 'внешний ключ', avoid: ['форин'] },
  { en: 'manager', term: 'менеджер', avoid: [] },
  {
    en: 'QuerySet',
    term: 'QuerySet',
    avoid: ['кверисет', 'квери-сет', /набор\p{L}*\s+запрос/iu, /(?<![\w.(/-])queryset(?![\w(-])/u],
    relapses: ['Экземпляр из набора запросов.', 'Такой queryset можно вычислить.'],
    note: 'not translated: a QuerySet is one query with its results, not «a set of queries»; «выборка» where a Russian word reads better',
  },
  {
    en: 'lookup',
    term: 'лукап (lookup)',
    avoid: [],
    gloss: { stem: 'лукап', text: '(lookup)' },
    note: 'field lookups such as pub_date__year; the first mention in each text is followed by «(lookup)»; «условие фильтрации» where a plain-language phrase reads better',
  },
  { en: 'exception', term: 'исключение', avoid: ['эксепшен', 'эксепшн'] },
  { en: 'to raise (an exception)', term: 'выбрасывать (исключение)', avoid: ['райзить', 'рейзить'] },
  {
    en: 'to catch',
    term: 'перехватывать',
    avoid: ['кетчить', /(?<!\p{L})лов(?:ит|ят|ить|ил|ила|или|ится|ятся)(?!\p{L})/iu, /(?<!\p{L})пойма(?:нн|л|ть|ет)/iu],
    relapses: ['Общий класс ловит любой DoesNotExist.', 'Обработчик вызывает пойманное исключение.'],
  },
  { en: 'traceback', term: 'трассировка (traceback)', avoid: ['трейсбек'] },
  { en: 'transaction', term: 'транзакция', avoid: [] },
  { en: 'savepoint', term: 'точка сохранения', avoid: ['сейвпоинт'] },
  { en: 'race condition', term: 'состояние гонки', avoid: ['рейс кондишн'] },
  {
    en: 'lock (row lock)',
    term: 'блокировка (строки)',
    avoid: [/(?<!\p{L})лок(?:и|а|ов|ом)?(?!\p{L})/iu],
    relapses: ['Процесс A держит лок на строке.'],
  },
  {
    en: 'lock awaited',
    term: 'ожидание блокировки',
    avoid: [/ожидаем\p{L}* блокировк/iu],
    relapses: ['Ожидаемые блокировки'],
    note: '«ожидаемая блокировка» reads as an expected lock',
  },
  {
    en: 'interleaving',
    term: 'чередование',
    avoid: [
      /(?<!\p{L})порядк(?:и|ов|ам|ами|ах)(?!\p{L})/iu,
      /(?<!\p{L})(?:любой|любом|каждый|один|этот|прогон)\s+порядк/iu,
      /порядк\p{L}* (?:со сбоем|без сбоя)/iu,
    ],
    relapses: ['Прогнать все порядки', 'при любом порядке остаётся 7', 'Записанный прогон порядка со сбоем'],
    note: 'an order of the processes’ steps in the race lab; «порядок» stays for ordinary order (в порядке объявления)',
  },
  { en: 'cache', term: 'кеш', avoid: ['кэш'], note: 'the spelling «кеш» throughout' },
  { en: 'signal', term: 'сигнал', avoid: [] },
  {
    en: 'validation',
    term: 'проверка (валидация)',
    avoid: [],
    note: '«проверка» in prose; «валидация» where Django’s own term reads better',
  },
  { en: 'deferred field', term: 'отложенное поле', avoid: [] },
  {
    en: 'fetch mode',
    term: 'режим загрузки (fetch mode)',
    avoid: ['догрузк'],
    note: 'FETCH_ONE, FETCH_PEERS, FETCH_RAISE (Django 6.1)',
  },
  { en: 'proxy model', term: 'прокси-модель', avoid: [] },
  { en: 'multi-table inheritance', term: 'многотабличное наследование', avoid: [] },
  { en: 'abstract model', term: 'абстрактная модель', avoid: [] },
  {
    en: 'base class',
    term: 'базовый класс',
    avoid: [/(?<!\p{L})(?:две|обе|вторая|вторую|первая)\s+баз[аыу](?!\p{L})(?!\s+данных)/iu],
    relapses: ['У класса две базы.', 'Вторая база объясняет и это.'],
    note: '«база» on this site is a database',
  },
  { en: 'database alias', term: 'псевдоним базы данных', avoid: ['алиас'] },
  {
    en: 'forced INSERT / UPDATE (force_insert, force_update)',
    term: 'принудительный INSERT / UPDATE',
    avoid: [/принужд|принуди(?!тельн)/iu],
    relapses: ['force_insert принуждает к INSERT.', 'Обычный save() ничего не принуждает.'],
  },
  {
    en: 'except clause',
    term: 'блок except',
    avoid: [/(?:предложени|ветк)\p{L}*\s+`?except/iu, /except-(?:ветк|предложени)/iu],
    relapses: ['В предложении `except` класс называют.', 'ветка except не выполнялась', 'except-ветка'],
    note: '«предложение» is a sentence; «блок except» throughout',
  },
  {
    en: 'view',
    term: 'view',
    avoid: ['представлени', 'вьюх', 'вьюш'],
    relapses: ['в обобщённом представлении'],
    note: 'Django’s view stays «view» (средний род: «view, заданное строкой»); «представление» is not used, not even for repr',
  },
  {
    en: 'production',
    term: 'рабочее окружение',
    avoid: [/(?<!\p{L})боев\p{L}*\s+(?:окружени|сервер|сред)/iu, /рабоч\p{L}*\s+систем/iu, 'продакшн', 'продакшен'],
    relapses: ['в рабочей системе', 'не для боевого окружения'],
  },
  { en: 'helper (function)', term: 'вспомогательная функция', avoid: ['помощник'] },
  { en: 'parser', term: 'парсер', avoid: ['разборщик'] },
  {
    en: 'stand-in',
    term: 'заглушка',
    avoid: ['заменител'],
    note: 'a class or value that imitates a driver’s exception, a default, etc.',
  },
  {
    en: 'iterable',
    term: 'итерируемый объект',
    avoid: ['перечисляем', /(?<!\p{L})перечн(?:я|ю|ем|е)(?!\p{L})|(?<!\p{L})перечень(?!\p{L})/iu],
    relapses: ['Подойдёт любой перечень имён.'],
  },
  {
    en: 'pickled data',
    term: 'pickle-данные',
    avoid: [/(?<!\p{L})пакет\p{L}*(?!\p{L})(?!\s+(?!pickle)[a-z_])/iu],
    relapses: ['Пакет без пометки даёт предупреждение.'],
    note: '«пакет» is a Python package («пакет blog»), never a pickle',
  },
  { en: 'trouble', term: 'ошибка, проблема', avoid: ['неполадк'], note: '«неполадка» sounds like broken hardware' },
  { en: 'live example', term: 'живой пример', avoid: ['сниппет'] },
  { en: 'keyword argument', term: 'именованный аргумент', avoid: ['кваргс', 'кейворд'] },
  {
    en: 'keyword-only argument',
    term: 'аргумент, передаваемый только по имени',
    avoid: [/необязательн\p{L}* именованн\p{L}* аргумент/iu],
    relapses: ['необязательный именованный аргумент `fetch_mode`'],
    note: 'keyword-only is not optional',
  },
];

const glossary: Glossary = {
  lang: 'ru',
  entries,
  // Chosen terms and ordinary words that must not be taken for a relapse.
  fine: [
    'QuerySet вызывает from_db(); выражение str(queryset.query) печатает SQL.',
    'Пакет blog импортирует модели; pickle-данные загружает та же версия.',
    'Значения идут в порядке объявления; по порядку полей.',
    'Ловушка: адрес из непроверенного ввода. Принудительный INSERT.',
    'Две базы данных; базовый класс; в блоке except; ожидание блокировки.',
    'Фильтр по лукапу (lookup) pages__gt, и снова лукап.',
  ],
};

export default glossary;
