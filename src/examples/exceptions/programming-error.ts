import { models, ProgrammingError } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Invoice extends models.Model {
  total = models.IntegerField();
}

// en: No driver here: this class stands for psycopg's error, and ProgrammingError is raised from it as Django's wrapper does.
// ru: Драйвера здесь нет: класс изображает ошибку psycopg, а ProgrammingError выбрасывается из неё, как это делает обёртка Django.
// es: Aquí no hay controlador: esta clase representa el error de psycopg, y ProgrammingError se lanza a partir de él, igual que hace el envoltorio de Django.
class UndefinedTable extends Exception {}
function listBeforeMigrate(): never {
  // en: psycopg's message, with PostgreSQL's pointer into the statement.
  // ru: Сообщение psycopg вместе с указателем PostgreSQL на место в запросе.
  // es: El mensaje de psycopg, con el indicador de PostgreSQL que señala el punto de la sentencia.
  const driverError = new UndefinedTable(
    'relation "app_invoice" does not exist\nLINE 1: ...CT "app_invoice"."id", "app_invoice"."total" FROM "app_invoi...\n' + ' '.repeat(61) + '^',
  );
  throw new ProgrammingError(String(driverError)).withCause(driverError);
}

try {
  listBeforeMigrate();
} catch (error) {
  if (!(error instanceof ProgrammingError)) throw error;
  print(repr(error), 'cause:', repr(error.__cause__));
}

// en: Django's own misuse errors for transactions extend ProgrammingError, so the same clause catches them.
// ru: Собственные ошибки Django о неверной работе с транзакциями наследуют ProgrammingError, и тот же блок их перехватывает.
// es: Los errores propios de Django por uso incorrecto de transacciones heredan de ProgrammingError, así que la misma cláusula los captura.
try {
  Invoice.objects.select_for_update().list();
} catch (error) {
  if (!(error instanceof ProgrammingError)) throw error;
  print(repr(error));
}
