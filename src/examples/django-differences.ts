/**
 * The examples whose output under the runtime still differs from what their Python twin prints
 * on real Django, each with the reason in every language. The page shows the reason beside the
 * example; `npm test` fails for an example that differs without an entry here, and for an entry
 * whose example no longer differs.
 */
import type { Lang } from '../i18n/locales';

export interface DjangoDifference {
  /** What differs, as the comparison reports it. */
  parts: ReadonlyArray<'output' | 'sql'>;
  /** Why, for the reader: "Django itself prints … here, because …". */
  reason: Readonly<Record<Lang, string>>;
}

export const DJANGO_DIFFERENCES: Readonly<Record<string, DjangoDifference>> = {
  'exceptions/validation-error-messages': {
    parts: ['output'],
    reason: {
      en: "Python 3.12 and later end this traceback with a hint, \"Did you mean: 'error_list'?\", which Python's traceback module adds from the object's other attributes; the exception itself, and its message, are the same.",
      ru: "Python 3.12 и новее заканчивает эту трассировку подсказкой «Did you mean: 'error_list'?», которую модуль traceback выводит по другим атрибутам объекта; само исключение и его сообщение совпадают.",
    },
  },
  'exceptions/operational-error': {
    parts: ['output', 'sql'],
    reason: {
      en: 'The TypeScript prints the timeline of the site\'s scheduler as well; Django has no such tool. Its Python version stages the same two requests with two threads on PostgreSQL and prints B\'s OperationalError, the same first line as here; its SQL log holds the statements of both connections, in the order the timeline shows them.',
      ru: 'Версия на TypeScript печатает ещё и временную шкалу планировщика сайта; в Django такого инструмента нет. Версия на Python разыгрывает те же два запроса двумя потоками на PostgreSQL и печатает OperationalError у B — ту же первую строку, что здесь; в её журнале SQL запросы обоих соединений в том порядке, что показан на шкале.',
    },
  },
  'exceptions/programming-error': {
    parts: ['sql'],
    reason: {
      en: 'On PostgreSQL Django really sends the SELECT, and the database refuses it because the table does not exist; its SQL log shows that statement. The runtime has no database engine: the example raises the same ProgrammingError, with psycopg\'s exact message, from a stand-in for the driver\'s error, before any SQL is sent.',
      ru: 'В PostgreSQL Django действительно отправляет SELECT, и база отвергает его, потому что таблицы нет; в журнале SQL у Django этот запрос есть. У среды выполнения нет движка базы: пример выбрасывает ту же ProgrammingError с точным сообщением psycopg из заменителя ошибки драйвера ещё до отправки SQL.',
    },
  },
  'exceptions/transaction-management-error': {
    parts: ['output', 'sql'],
    reason: {
      en: 'Django prints nothing for the first attempt here, and sends a plain SELECT: on SQLite, the database of these examples, select_for_update() is ignored, because SQLite has no row locks. Only on a database with row locks, such as PostgreSQL, is it refused outside a transaction with this TransactionManagementError; the runtime follows PostgreSQL for row locks. The rest is the same.',
      ru: 'Django на первой попытке здесь ничего не печатает и отправляет обычный SELECT: в SQLite, базе этих примеров, select_for_update() игнорируется, потому что блокировок строк в SQLite нет. Только в базе с блокировками строк, например PostgreSQL, вызов вне транзакции отвергается этой TransactionManagementError; в блокировках строк среда выполнения следует PostgreSQL. Остальное совпадает.',
    },
  },
  'exceptions/interface-error': {
    parts: ['sql'],
    reason: {
      en: 'Django really executes on a closed cursor on PostgreSQL, and its SQL log records the attempt (as QUERY = \'SELECT 1\' - PARAMS = (), since psycopg cannot render a statement on a closed cursor). The runtime has no driver: the example raises the same InterfaceError from a stand-in for psycopg\'s, without sending SQL. What both print is the same.',
      ru: 'Django действительно выполняет запрос на закрытом курсоре в PostgreSQL, и его журнал SQL отмечает попытку (как QUERY = \'SELECT 1\' - PARAMS = (): psycopg не может показать запрос закрытого курсора). У среды выполнения драйвера нет: пример выбрасывает ту же InterfaceError из заменителя ошибки psycopg, не отправляя SQL. Напечатанное у обоих совпадает.',
    },
  },
  'exceptions/internal-error': {
    parts: ['sql'],
    reason: {
      en: 'Django runs the two statements on PostgreSQL inside a transaction, so its SQL log shows BEGIN, the failing SELECT 1 / 0, the refused SELECT 1 and COMMIT. The runtime has no driver: the example raises the same InternalError from a stand-in for psycopg\'s InFailedSqlTransaction, without sending SQL. What both print is the same.',
      ru: 'Django выполняет два запроса в PostgreSQL внутри транзакции, поэтому в его журнале SQL есть BEGIN, неудачный SELECT 1 / 0, отвергнутый SELECT 1 и COMMIT. У среды выполнения драйвера нет: пример выбрасывает ту же InternalError из заменителя InFailedSqlTransaction из psycopg, не отправляя SQL. Напечатанное у обоих совпадает.',
    },
  },
  'exceptions/data-error': {
    parts: ['sql'],
    reason: {
      en: 'Django sends the INSERT and PostgreSQL refuses it, so its SQL log shows that one statement. The runtime has no database engine to check a column\'s length: the example raises the same DataError, from a stand-in for the driver\'s error, before any SQL is sent. What both print is the same.',
      ru: 'Django отправляет INSERT, и PostgreSQL его отвергает, поэтому в журнале SQL у Django есть этот запрос. У среды выполнения нет движка базы, который проверил бы длину столбца: пример выбрасывает ту же DataError из заменителя ошибки драйвера ещё до отправки SQL. Напечатанное у обоих совпадает.',
    },
  },
  'guide/select-for-update': {
    parts: ['output', 'sql'],
    reason: {
      en: 'The TypeScript prints the timeline of the site\'s scheduler, which runs the two requests step by step on connections of their own; Django has no such tool. Its Python version stages the same interleaving with two threads on PostgreSQL and prints the two outcomes, which are the same as the last two lines here; its SQL log holds the statements of both connections, in the order the timeline shows them.',
      ru: 'Версия на TypeScript печатает временную шкалу планировщика сайта, который выполняет два запроса по шагам, каждый в своём соединении; в Django такого инструмента нет. Версия на Python разыгрывает то же чередование двумя потоками на PostgreSQL и печатает два итога, совпадающие с двумя последними строками здесь; в её журнале SQL запросы обоих соединений, в том порядке, что показан на шкале.',
    },
  },
};
