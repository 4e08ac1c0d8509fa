import { InternalError, DatabaseError } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

// en: No driver here: this class stands for psycopg's error, and InternalError is raised from it as Django's wrapper does.
// ru: Драйвера здесь нет: класс изображает ошибку psycopg, а InternalError выбрасывается из неё, как это делает обёртка Django.
// es: Aquí no hay controlador: esta clase representa el error de psycopg, y InternalError se lanza a partir de él, igual que hace el envoltorio de Django.
class InFailedSqlTransaction extends Exception {}
function nextStatementOnPostgres(): never {
  const driverError = new InFailedSqlTransaction('current transaction is aborted, commands ignored until end of transaction block');
  throw new InternalError(String(driverError)).withCause(driverError);
}

try {
  nextStatementOnPostgres();
} catch (error) {
  if (!(error instanceof InternalError)) throw error;
  print(repr(error));
  print('cause:', repr(error.__cause__), '| DatabaseError?', error instanceof DatabaseError);
}
