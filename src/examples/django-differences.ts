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
