/**
 * Synonyms for each section, added to the built pages as hidden text under the section's heading
 * before Pagefind indexes them (as src/search/SearchTerms.astro does by hand), so the words a
 * reader uses find the section that the site titles otherwise:
 * - the same section's heading in the other language (headings carry the same id in both), so
 *   "race condition" finds «Состояние гонки» on the Russian pages and the reverse;
 * - the glossary (src/i18n/glossary.ts): a heading that uses a term gets the term in the other
 *   language («первичный ключ» ↔ primary key);
 * - READER_SYNONYMS below: how readers name what a section explains ("not found" for
 *   DoesNotExist, «гонка» for a race, «condición de carrera», «llave primaria»), per language.
 */
import { RU_GLOSSARY } from '../i18n/glossary.ts';
import type { Lang } from '../i18n/locales.ts';
import { fold } from '../search/rewrite.ts';
import type { Heading } from './search-text.ts';

/** The other language's heading and glossary terms weigh like an h3 heading: above prose, below the section's own heading. */
export const SYNONYM_WEIGHT = 5;
/** Readers' words for what a section explains weigh nearly as much as an API name in its heading. */
export const READER_SYNONYM_WEIGHT = 9;

/** Words readers use for what a section (by heading id, any page) explains. */
export const READER_SYNONYMS: Record<string, Partial<Record<Lang, string>>> = {
  doesnotexist: {
    en: 'not found, object not found, no such object, no matching row, get returns nothing',
    ru: 'не найден, объект не найден, запись не найдена, нет такой записи, get ничего не нашёл',
    es: 'no encontrado, objeto no encontrado, no existe, no existe el registro, registro no encontrado, no hay ninguna fila, get no encuentra nada',
  },
  // "not found" is DoesNotExist's: the model's class is what a reader's code meets, its base is the catch-all.
  objectdoesnotexist: {
    en: 'base class of every DoesNotExist, catch any model',
    ru: 'базовый класс всех DoesNotExist, перехватить для любой модели',
    es: 'clase base de todos los DoesNotExist, capturar para cualquier modelo',
  },
  relatedobjectdoesnotexist: {
    en: 'related object not found, missing related object, reverse one-to-one',
    ru: 'связанный объект не найден, нет связанного объекта',
    es: 'objeto relacionado no encontrado, el objeto relacionado no existe, falta el objeto relacionado, uno a uno inverso',
  },
  multipleobjectsreturned: {
    en: 'more than one object, duplicates, several rows returned',
    ru: 'несколько объектов, больше одного объекта, дубликаты, несколько записей',
    es: 'más de un objeto, varios objetos, duplicados, varias filas devueltas, varios registros',
  },
  'get-rules': {
    en: 'get returned more than one, get returns several',
    ru: 'get вернул несколько, get вернул больше одного',
    es: 'get devolvió más de uno, get devuelve varios resultados',
  },
  races: {
    en: 'race condition, concurrency, concurrent requests, simultaneous requests',
    ru: 'гонка, гонки, состояние гонки, параллельные запросы, одновременные запросы, конкурентный доступ',
    es: 'condición de carrera, condiciones de carrera, concurrencia, peticiones concurrentes, solicitudes simultáneas, acceso concurrente',
  },
  'stale-cache': {
    en: 'stale cache, outdated cache, cache invalidation',
    ru: 'устаревший кеш, старый кеш, сброс кеша',
    es: 'caché obsoleta, caché desactualizada, caché vieja, invalidar la caché',
  },
  'select-for-update': {
    en: 'row lock, lock rows, pessimistic locking',
    ru: 'блокировка строки, заблокировать строку, блокировка строк',
    es: 'bloqueo de fila, bloquear filas, bloqueo pesimista',
  },
  'f-expressions': {
    en: 'lost update, atomic increment, counter',
    ru: 'потерянное обновление, атомарное увеличение, счётчик',
    es: 'actualización perdida, incremento atómico, contador',
  },
  integrityerror: {
    en: 'unique constraint failed, duplicate key, constraint violation, not null constraint',
    ru: 'нарушение ограничения, нарушение уникальности, дубликат ключа, уникальность',
    es: 'restricción única, violación de restricción única, clave duplicada, valor duplicado, restricción NOT NULL, clave foránea a una fila inexistente',
  },
  validationerror: {
    en: 'invalid data, validation failed',
    ru: 'ошибка валидации, неверные данные, данные не прошли проверку',
    es: 'error de validación, datos inválidos, datos no válidos, la validación falló',
  },
  'models-protectederror': {
    en: 'cannot delete, protected, on_delete PROTECT',
    ru: 'нельзя удалить, защищённый объект, удаление запрещено',
    es: 'no se puede eliminar, no se puede borrar, protegido, clave foránea protegida, llave foránea protegida, on_delete PROTECT',
  },
  'models-restrictederror': {
    en: 'cannot delete, restricted, on_delete RESTRICT',
    ru: 'нельзя удалить, удаление ограничено',
    es: 'no se puede eliminar, restringido, on_delete RESTRICT',
  },
  fielddoesnotexist: {
    en: 'no such field, unknown field',
    ru: 'нет такого поля, неизвестное поле, поле не найдено',
    es: 'el campo no existe, campo desconocido, campo inexistente',
  },
  fielderror: {
    en: 'cannot resolve keyword into field, wrong field name',
    ru: 'неверное имя поля, поле не найдено в запросе',
    es: 'nombre de campo incorrecto en la consulta, no se puede resolver el campo',
  },
  permissiondenied: {
    en: 'forbidden, access denied, 403',
    ru: 'доступ запрещён, нет прав, 403',
    es: 'prohibido, acceso denegado, permiso denegado, falta de permisos, 403',
  },
  http404: { en: 'page not found, 404', ru: 'страница не найдена, 404', es: 'página no encontrada, error 404, 404' },
  transactionmanagementerror: {
    en: 'broken transaction, atomic block error',
    ru: 'ошибка транзакции, сломанная транзакция',
    es: 'transacción rota, error en el bloque atomic',
  },
  'refresh-from-db': {
    en: 'reload from database, refetch object, reread',
    ru: 'перечитать из базы, обновить из базы, перезагрузить объект',
    es: 'recargar desde la base de datos, recargar de la BD, volver a leer el objeto, refrescar el objeto',
  },
  save: {
    en: 'persist, write to the database, store',
    ru: 'записать в базу, сохранить объект',
    es: 'persistir, escribir en la base de datos, guardar el objeto',
  },
  delete: {
    en: 'remove object, erase',
    ru: 'удалить объект, стереть',
    es: 'borrar un objeto, eliminar un objeto, borrar un registro',
  },
  pk: { en: 'pk, id, primary key', ru: 'pk, id, первичный ключ, айди', es: 'pk, id, clave primaria, llave primaria' },
  'explicit-pk': {
    en: 'set the id yourself, custom primary key',
    ru: 'задать id вручную, свой первичный ключ',
    es: 'asignar el id a mano, id propio, clave primaria personalizada',
  },
  'full-clean': {
    en: 'validate a model, check the model',
    ru: 'проверить модель, валидация модели',
    es: 'validar el modelo, comprobar el modelo, validación del modelo',
  },
  'update-fields': {
    en: 'save only some fields, partial save',
    ru: 'сохранить только часть полей, частичное сохранение',
    es: 'guardar solo algunos campos, guardar solo ciertos campos, guardado parcial',
  },
  'abstract-models': { en: 'abstract base class', ru: 'абстрактный базовый класс', es: 'clase base abstracta' },
  inheritance: {
    en: 'subclass a model, inherit',
    ru: 'наследование моделей, унаследовать модель',
    es: 'herencia de modelos, heredar de un modelo, subclase de un modelo',
  },
  objects: {
    en: 'manager, default manager',
    ru: 'менеджер, менеджер по умолчанию',
    es: 'manager, gestor, manager por defecto, gestor por defecto',
  },
  'why-intermittent': {
    en: 'randomly, sometimes, intermittent, flaky',
    ru: 'случайно, иногда, нестабильно, то есть то нет',
    es: 'aleatorio, a veces, intermitente, error intermitente, falla a veces, unas veces sí y otras no, DoesNotExist a veces, get falla a veces',
  },
  'except-with-parentheses': {
    en: 'except with parentheses, catching classes',
    ru: 'except со скобками',
    es: 'except con paréntesis, capturar clases',
  },
  'calling-an-instance': {
    en: 'object is not callable',
    ru: 'объект не вызываемый',
    es: 'el objeto no es invocable, guardada en una variable',
  },
  synchronousonlyoperation: {
    en: 'async context, cannot call from async',
    ru: 'асинхронный контекст, вызов из async',
    es: 'contexto asíncrono, llamar desde async',
  },
  'pickling-objects': { en: 'pickle, serialize', ru: 'pickle, сериализация', es: 'pickle, serializar' },
  'get-foo-display': {
    en: 'choices label, display value',
    ru: 'подпись выбора, отображаемое значение choices',
    es: 'etiqueta de choices, etiqueta legible, valor para mostrar',
  },
  sandbox: {
    en: 'where the code runs, worker',
    ru: 'где выполняется код, песочница',
    es: 'dónde se ejecuta el código, worker, entorno aislado',
  },
  // Spanish readers' words for sections the English and Russian headings already name well enough.
  hierarchy: { es: 'jerarquía de excepciones, árbol de excepciones, todas las excepciones' },
  disallowedhost: { es: 'host no permitido, ALLOWED_HOSTS, cabecera Host no válida' },
  'what-happens-on-save': { es: 'qué pasa al guardar, qué hace save paso a paso' },
  eq: { es: 'comparar instancias de modelo, igualdad de objetos' },
  'validating-objects': { es: 'validación del modelo, validar antes de guardar' },
  'get-absolute-url': { es: 'URL absoluta del objeto, URL canónica' },
};

/** The languages of the glossary's terms (src/i18n/glossary.ts). */
const GLOSSARY_LANGS = ['en', 'ru'] as const;
type GlossaryLang = (typeof GLOSSARY_LANGS)[number];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Word stems that a glossary term and a heading must share: the first letters of each word. */
function stems(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}_]+/gu) ?? []).map((word) =>
    word.slice(0, Math.max(3, Math.min(word.length, word.length > 5 ? word.length - 2 : word.length))),
  );
}

function usesTerm(heading: string, term: string): boolean {
  const words = fold(heading).match(/[\p{L}\p{N}_]+/gu) ?? [];
  const termStems = stems(term.replace(/\s*\([^)]*\)/g, ''));
  return termStems.length > 0 && termStems.every((stem) => words.some((word) => word.startsWith(stem)));
}

/** A page's headings in each language, by page key (the path without the language prefix). */
export type HeadingsByPage = Map<string, Partial<Record<Lang, Heading[]>>>;

/** The synonyms of one section: the other language's heading, glossary terms, readers' words. */
export function synonymsFor(lang: Lang, heading: Heading, twins: readonly string[]): string[] {
  const synonyms = new Set<string>(twins);
  // The glossary pairs English and Russian terms; a page in another language takes none from it.
  const glossaryOther = GLOSSARY_LANGS.find((other) => other !== lang);
  if (glossaryOther !== undefined && (GLOSSARY_LANGS as readonly string[]).includes(lang)) {
    for (const entry of RU_GLOSSARY) {
      if (usesTerm(heading.text, entry[lang as GlossaryLang]))
        synonyms.add(entry[glossaryOther].replace(/\s*\([^)]*\)/g, '').trim());
    }
  }
  const readers = READER_SYNONYMS[heading.id];
  const ownWords = readers?.[lang];
  if (ownWords) synonyms.add(ownWords);
  synonyms.delete(heading.text);
  return [...synonyms].filter((text) => text !== '');
}

/** The synonyms of every section of the page in `lang`, by heading id. */
export function sectionSynonyms(pages: HeadingsByPage, key: string, lang: Lang): Map<string, string[]> {
  const headings = pages.get(key) ?? {};
  const byId = new Map<string, string[]>();
  for (const heading of headings[lang] ?? []) {
    const twins = Object.entries(headings)
      .filter(([other]) => other !== lang)
      .flatMap(([, list]) => (list ?? []).filter((twin) => twin.id === heading.id).map((twin) => twin.text));
    const synonyms = synonymsFor(lang, heading, twins);
    if (synonyms.length > 0) byId.set(heading.id, synonyms);
  }
  return byId;
}

const HEADING_WITH_ID = /(<h([2-4])\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/h\2>)/g;

/** Adds the hidden synonyms right after each heading, inside its section. */
export function addSectionSynonyms(html: string, synonymsById: ReadonlyMap<string, readonly string[]>): string {
  return html.replace(HEADING_WITH_ID, (heading: string, _whole: string, _level: string, id: string) => {
    const synonyms = synonymsById.get(id) ?? [];
    const readers = Object.values(READER_SYNONYMS[id] ?? {});
    const other = synonyms.filter((text) => !readers.includes(text));
    const own = synonyms.filter((text) => readers.includes(text));
    let added = heading;
    if (other.length > 0) added += `<span hidden data-pagefind-weight="${SYNONYM_WEIGHT}">${escapeHtml(other.join('. '))}</span>`;
    if (own.length > 0)
      added += `<span hidden data-pagefind-weight="${READER_SYNONYM_WEIGHT}">${escapeHtml(own.join('. '))}</span>`;
    return added;
  });
}
