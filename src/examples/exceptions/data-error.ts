import { models, DataError, DatabaseError } from 'django/db';
import { ValidationError } from 'django/core/exceptions';
import { Exception, print, repr } from 'python/builtins';

class Seat extends models.Model {
  code = models.CharField({ max_length: 4 });
}

// en: No driver here: this class stands for psycopg's error, and DataError is raised from it as Django's wrapper does.
// ru: Драйвера здесь нет: класс изображает ошибку psycopg, а DataError выбрасывается из неё, как это делает обёртка Django.
// es: Aquí no hay controlador: esta clase representa el error de psycopg, y DataError se lanza a partir de él, igual que hace el envoltorio de Django.
class StringDataRightTruncation extends Exception {}
function saveOnPostgres(seat: Seat): void {
  if (seat.code.length > 4) {
    const driverError = new StringDataRightTruncation('value too long for type character varying(4)');
    throw new DataError(String(driverError)).withCause(driverError);
  }
  seat.save();
}

try {
  saveOnPostgres(new Seat({ code: 'BALCONY-12' }));
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  print(repr(error), error instanceof DatabaseError);
  print('cause:', repr(error.__cause__));
}

// en: Validation catches the same value before any SQL is sent.
// ru: Проверка находит то же значение ещё до отправки SQL.
// es: La validación detecta el mismo valor antes de que se envíe SQL alguno.
try {
  new Seat({ code: 'BALCONY-12' }).full_clean();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(repr(error));
}
