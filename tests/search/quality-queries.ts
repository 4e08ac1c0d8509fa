/**
 * The search-quality suite's queries: what readers type, and the section that must answer.
 *
 * Content authors: add the queries a new page answers with the page, in both languages.
 * - `expected` is the site path with the section anchor (`/ref/exceptions/#doesnotexist`), or
 *   the bare page path when any section of the page will do.
 * - `rank`: `first` when the expected section must be the first result, `top3` when it must
 *   be among the first three sections shown. Identifier queries must be `first`.
 * - `kind`: `identifier` (an API name such as `refresh_from_db`), `message` (an error text,
 *   "matching query does not exist") or `concept` (words, "save only some fields").
 * Queries whose page is not built yet are reported as pending, not run, so a query can land
 * before its page. tests/e2e/search-quality.test.ts runs them against the built index.
 */
import type { Lang } from '../../src/i18n/locales.ts';

export type QueryKind = 'identifier' | 'message' | 'concept';

export interface QualityQuery {
  query: string;
  expected: string;
  rank: 'first' | 'top3';
  kind: QueryKind;
}

/** Once a language has this many runnable queries, its precision at 3 must reach the target. */
export const MIN_QUERIES_FOR_TARGET = 40;
export const TARGET_PRECISION_AT_3 = 0.95;

export const QUALITY_QUERIES: Record<Lang, QualityQuery[]> = {
  en: [
    { query: 'refresh_from_db', expected: '/ref/models/instances/#refresh-from-db', rank: 'first', kind: 'identifier' },
    { query: 'MultipleObjectsReturned', expected: '/ref/exceptions/#multipleobjectsreturned', rank: 'first', kind: 'identifier' },
    { query: 'what this site is', expected: '/#what-this-site-is', rank: 'first', kind: 'concept' },
    { query: 'two languages', expected: '/#what-this-site-is', rank: 'first', kind: 'concept' },
    { query: 'in-memory copy of the ORM', expected: '/#what-this-site-is', rank: 'top3', kind: 'concept' },
    { query: 'documents', expected: '/#documents', rank: 'top3', kind: 'concept' },
    { query: 'how the live examples work', expected: '/live-examples/', rank: 'first', kind: 'concept' },
    { query: 'reset an example', expected: '/live-examples/#editing', rank: 'top3', kind: 'concept' },
    { query: 'share your code', expected: '/live-examples/#sharing', rank: 'top3', kind: 'concept' },
    { query: 'from Python to TypeScript', expected: '/live-examples/#python-to-typescript', rank: 'first', kind: 'concept' },
    { query: 'what the runtime covers', expected: '/live-examples/#runtime-scope', rank: 'top3', kind: 'concept' },
    { query: 'where the code runs', expected: '/live-examples/#sandbox', rank: 'top3', kind: 'concept' },
    { query: 'SQL Django would have sent', expected: '/#live-examples', rank: 'first', kind: 'concept' },
    { query: 'without JavaScript', expected: '/#live-examples', rank: 'top3', kind: 'concept' },
    // API names: the section headed by the name (or, for a name without a heading, the one that documents it).
    { query: 'get_FOO_display', expected: '/ref/models/instances/#get-foo-display', rank: 'first', kind: 'identifier' },
    { query: 'full_clean', expected: '/ref/models/instances/#full-clean', rank: 'first', kind: 'identifier' },
    { query: 'update_fields', expected: '/ref/models/instances/#update-fields', rank: 'first', kind: 'identifier' },
    { query: 'select_on_save', expected: '/ref/models/instances/#update-or-insert', rank: 'first', kind: 'identifier' },
    { query: '_state', expected: '/ref/models/instances/#state', rank: 'first', kind: 'identifier' },
    { query: 'ProtectedError', expected: '/ref/exceptions/#models-protectederror', rank: 'first', kind: 'identifier' },
    { query: 'NON_FIELD_ERRORS', expected: '/ref/exceptions/#non-field-errors', rank: 'first', kind: 'identifier' },
    { query: 'FieldFetchBlocked', expected: '/ref/exceptions/#fieldfetchblocked', rank: 'first', kind: 'identifier' },
    { query: 'DoesNotExist', expected: '/ref/models/class/#doesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'ObjectDoesNotExist', expected: '/ref/exceptions/#objectdoesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'NotUpdated', expected: '/ref/models/class/#notupdated', rank: 'first', kind: 'identifier' },
    { query: 'RelatedObjectDoesNotExist', expected: '/ref/models/class/#relatedobjectdoesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'ValidationError', expected: '/ref/exceptions/#validationerror', rank: 'first', kind: 'identifier' },
    { query: 'IntegrityError', expected: '/ref/exceptions/#integrityerror', rank: 'first', kind: 'identifier' },
    { query: 'TransactionManagementError', expected: '/ref/exceptions/#transactionmanagementerror', rank: 'first', kind: 'identifier' },
    { query: 'select_for_update', expected: '/guides/doesnotexist-not-callable/#select-for-update', rank: 'first', kind: 'identifier' },
    { query: 'keep_parents', expected: '/ref/models/instances/#keep-parents', rank: 'first', kind: 'identifier' },
    { query: 'from_db', expected: '/ref/models/instances/#from-db', rank: 'first', kind: 'identifier' },
    { query: 'validate_constraints', expected: '/ref/models/instances/#validate-constraints', rank: 'first', kind: 'identifier' },
    { query: 'get_deferred_fields', expected: '/ref/models/instances/#get-deferred-fields', rank: 'first', kind: 'identifier' },
    { query: 'asave', expected: '/ref/models/instances/#save', rank: 'first', kind: 'identifier' },
    { query: 'Http404', expected: '/ref/exceptions/#http404', rank: 'first', kind: 'identifier' },
    // Partial API names, as typed before autocompletion would finish them.
    { query: 'refresh', expected: '/ref/models/instances/#refresh-from-db', rank: 'first', kind: 'identifier' },
    { query: 'get_next_by', expected: '/ref/models/instances/#get-next-by-foo', rank: 'first', kind: 'identifier' },
    { query: 'ObjectDoesNot', expected: '/ref/exceptions/#objectdoesnotexist', rank: 'first', kind: 'identifier' },
    // Error messages, as pasted from a traceback: the section that explains them.
    { query: 'matching query does not exist', expected: '/ref/models/class/#doesnotexist', rank: 'first', kind: 'message' },
    { query: 'is not callable', expected: '/guides/doesnotexist-not-callable/', rank: 'first', kind: 'message' },
    { query: "'DoesNotExist' object is not callable", expected: '/guides/doesnotexist-not-callable/', rank: 'first', kind: 'message' },
    { query: 'returned more than one', expected: '/ref/models/class/#get-rules', rank: 'top3', kind: 'message' },
    { query: 'Forced update did not affect any rows', expected: '/ref/models/class/#notupdated', rank: 'top3', kind: 'message' },
    { query: 'Save with update_fields did not affect any rows', expected: '/ref/models/class/#notupdated', rank: 'top3', kind: 'message' },
    { query: 'cannot be used outside of a transaction', expected: '/ref/exceptions/#transactionmanagementerror', rank: 'top3', kind: 'message' },
    { query: 'has no field named', expected: '/ref/exceptions/#fielddoesnotexist', rank: 'top3', kind: 'message' },
    { query: 'Cannot delete some instances of model', expected: '/ref/exceptions/#models-protectederror', rank: 'top3', kind: 'message' },
    { query: 'catching classes that do not inherit from BaseException', expected: '/guides/doesnotexist-not-callable/#except-with-parentheses', rank: 'top3', kind: 'message' },
    { query: "Manager isn't accessible via instances", expected: '/ref/models/class/#objects', rank: 'top3', kind: 'message' },
    { query: 'Cannot force an update in save() with no primary key', expected: '/ref/models/instances/#force-insert-update', rank: 'top3', kind: 'message' },
    // Concepts, in the reader's words.
    { query: 'race condition', expected: '/guides/doesnotexist-not-callable/#races', rank: 'top3', kind: 'concept' },
    { query: 'stale cache', expected: '/guides/doesnotexist-not-callable/#stale-cache', rank: 'first', kind: 'concept' },
    { query: 'lost update', expected: '/guides/doesnotexist-not-callable/#f-expressions', rank: 'top3', kind: 'concept' },
    { query: 'save only some fields', expected: '/ref/models/instances/#update-fields', rank: 'top3', kind: 'concept' },
    { query: 'exception hierarchy', expected: '/ref/exceptions/#hierarchy', rank: 'top3', kind: 'concept' },
    { query: 'abstract models', expected: '/ref/models/class/#abstract-models', rank: 'top3', kind: 'concept' },
    { query: 'pickling', expected: '/ref/models/instances/#pickling-objects', rank: 'top3', kind: 'concept' },
    { query: 'validating objects', expected: '/ref/models/instances/#validating-objects', rank: 'top3', kind: 'concept' },
    { query: 'why the error seems random', expected: '/guides/doesnotexist-not-callable/#why-intermittent', rank: 'top3', kind: 'concept' },
    { query: 'explicit primary key', expected: '/ref/models/instances/#explicit-pk', rank: 'top3', kind: 'concept' },
  ],
  ru: [
    { query: 'refresh_from_db', expected: '/ru/ref/models/instances/#refresh-from-db', rank: 'first', kind: 'identifier' },
    { query: 'MultipleObjectsReturned', expected: '/ru/ref/exceptions/#multipleobjectsreturned', rank: 'first', kind: 'identifier' },
    { query: 'о сайте', expected: '/ru/#what-this-site-is', rank: 'first', kind: 'concept' },
    { query: 'на двух языках', expected: '/ru/#what-this-site-is', rank: 'top3', kind: 'concept' },
    { query: 'копия ORM в памяти браузера', expected: '/ru/#what-this-site-is', rank: 'top3', kind: 'concept' },
    { query: 'разделы сайта', expected: '/ru/#documents', rank: 'top3', kind: 'concept' },
    { query: 'как устроены живые примеры', expected: '/ru/live-examples/', rank: 'first', kind: 'concept' },
    { query: 'сброс примера', expected: '/ru/live-examples/#editing', rank: 'top3', kind: 'concept' },
    { query: 'поделиться кодом', expected: '/ru/live-examples/#sharing', rank: 'top3', kind: 'concept' },
    { query: 'от Python к TypeScript', expected: '/ru/live-examples/#python-to-typescript', rank: 'first', kind: 'concept' },
    { query: 'что умеет среда выполнения', expected: '/ru/live-examples/#runtime-scope', rank: 'top3', kind: 'concept' },
    { query: 'где выполняется код', expected: '/ru/live-examples/#sandbox', rank: 'top3', kind: 'concept' },
    { query: 'живой пример', expected: '/ru/#live-examples', rank: 'top3', kind: 'concept' },
    { query: 'без JavaScript', expected: '/ru/#live-examples', rank: 'top3', kind: 'concept' },
    { query: 'как запустить пример', expected: '/ru/live-examples/#running', rank: 'top3', kind: 'concept' },
    // Имена API.
    { query: 'get_FOO_display', expected: '/ru/ref/models/instances/#get-foo-display', rank: 'first', kind: 'identifier' },
    { query: 'full_clean', expected: '/ru/ref/models/instances/#full-clean', rank: 'first', kind: 'identifier' },
    { query: 'update_fields', expected: '/ru/ref/models/instances/#update-fields', rank: 'first', kind: 'identifier' },
    { query: 'select_on_save', expected: '/ru/ref/models/instances/#update-or-insert', rank: 'first', kind: 'identifier' },
    { query: '_state', expected: '/ru/ref/models/instances/#state', rank: 'first', kind: 'identifier' },
    { query: 'ProtectedError', expected: '/ru/ref/exceptions/#models-protectederror', rank: 'first', kind: 'identifier' },
    { query: 'NON_FIELD_ERRORS', expected: '/ru/ref/exceptions/#non-field-errors', rank: 'first', kind: 'identifier' },
    { query: 'FieldFetchBlocked', expected: '/ru/ref/exceptions/#fieldfetchblocked', rank: 'first', kind: 'identifier' },
    { query: 'DoesNotExist', expected: '/ru/ref/models/class/#doesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'ObjectDoesNotExist', expected: '/ru/ref/exceptions/#objectdoesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'NotUpdated', expected: '/ru/ref/models/class/#notupdated', rank: 'first', kind: 'identifier' },
    { query: 'RelatedObjectDoesNotExist', expected: '/ru/ref/models/class/#relatedobjectdoesnotexist', rank: 'first', kind: 'identifier' },
    { query: 'ValidationError', expected: '/ru/ref/exceptions/#validationerror', rank: 'first', kind: 'identifier' },
    { query: 'IntegrityError', expected: '/ru/ref/exceptions/#integrityerror', rank: 'first', kind: 'identifier' },
    { query: 'TransactionManagementError', expected: '/ru/ref/exceptions/#transactionmanagementerror', rank: 'first', kind: 'identifier' },
    { query: 'select_for_update', expected: '/ru/guides/doesnotexist-not-callable/#select-for-update', rank: 'first', kind: 'identifier' },
    { query: 'keep_parents', expected: '/ru/ref/models/instances/#keep-parents', rank: 'first', kind: 'identifier' },
    { query: 'validate_constraints', expected: '/ru/ref/models/instances/#validate-constraints', rank: 'first', kind: 'identifier' },
    { query: 'asave', expected: '/ru/ref/models/instances/#save', rank: 'first', kind: 'identifier' },
    // Начало имени API.
    { query: 'refresh', expected: '/ru/ref/models/instances/#refresh-from-db', rank: 'first', kind: 'identifier' },
    { query: 'get_next_by', expected: '/ru/ref/models/instances/#get-next-by-foo', rank: 'first', kind: 'identifier' },
    // Сообщения об ошибках: они у Django английские и на русских страницах остаются английскими.
    { query: 'matching query does not exist', expected: '/ru/ref/models/class/#doesnotexist', rank: 'first', kind: 'message' },
    { query: 'is not callable', expected: '/ru/guides/doesnotexist-not-callable/', rank: 'first', kind: 'message' },
    { query: 'returned more than one', expected: '/ru/ref/models/class/#get-rules', rank: 'top3', kind: 'message' },
    { query: 'Forced update did not affect any rows', expected: '/ru/ref/models/class/#notupdated', rank: 'top3', kind: 'message' },
    { query: 'cannot be used outside of a transaction', expected: '/ru/ref/exceptions/#transactionmanagementerror', rank: 'top3', kind: 'message' },
    { query: 'has no field named', expected: '/ru/ref/exceptions/#fielddoesnotexist', rank: 'top3', kind: 'message' },
    { query: 'Cannot delete some instances of model', expected: '/ru/ref/exceptions/#models-protectederror', rank: 'top3', kind: 'message' },
    // Понятия, в том числе в разных падежах.
    { query: 'состояние гонки', expected: '/ru/guides/doesnotexist-not-callable/#races', rank: 'top3', kind: 'concept' },
    { query: 'гонки', expected: '/ru/guides/doesnotexist-not-callable/#races', rank: 'top3', kind: 'concept' },
    { query: 'устаревший кеш', expected: '/ru/guides/doesnotexist-not-callable/#stale-cache', rank: 'first', kind: 'concept' },
    { query: 'потерянные обновления', expected: '/ru/guides/doesnotexist-not-callable/#f-expressions', rank: 'top3', kind: 'concept' },
    { query: 'исключение', expected: '/ru/ref/exceptions/', rank: 'top3', kind: 'concept' },
    { query: 'исключения', expected: '/ru/ref/exceptions/', rank: 'first', kind: 'concept' },
    { query: 'исключений', expected: '/ru/ref/exceptions/', rank: 'top3', kind: 'concept' },
    { query: 'иерархия исключений', expected: '/ru/ref/exceptions/#hierarchy', rank: 'top3', kind: 'concept' },
    { query: 'сохранение объекта', expected: '/ru/ref/models/instances/#saving-objects', rank: 'top3', kind: 'concept' },
    { query: 'удаление', expected: '/ru/ref/models/instances/#deleting-objects', rank: 'top3', kind: 'concept' },
    { query: 'удаление объектов', expected: '/ru/ref/models/instances/#deleting-objects', rank: 'first', kind: 'concept' },
    { query: 'проверка модели', expected: '/ru/ref/models/instances/#validating-objects', rank: 'top3', kind: 'concept' },
    { query: 'сохранить только часть полей', expected: '/ru/ref/models/instances/#update-fields', rank: 'top3', kind: 'concept' },
    { query: 'абстрактные модели', expected: '/ru/ref/models/class/#abstract-models', rank: 'top3', kind: 'concept' },
    { query: 'наследование', expected: '/ru/ref/models/class/#inheritance', rank: 'top3', kind: 'concept' },
    { query: 'почему ошибка случайная', expected: '/ru/guides/doesnotexist-not-callable/#why-intermittent', rank: 'top3', kind: 'concept' },
    { query: 'явный первичный ключ', expected: '/ru/ref/models/instances/#explicit-pk', rank: 'top3', kind: 'concept' },
  ],
};
