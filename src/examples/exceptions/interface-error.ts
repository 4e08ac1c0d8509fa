import { InterfaceError, DatabaseError, Error } from 'django/db';
import { Exception, print, repr } from 'python/builtins';
import { defineException } from 'sandbox/python';

// en: No driver here: this class stands for psycopg's InterfaceError, and Django's InterfaceError is raised from it as its wrapper does.
// ru: Драйвера здесь нет: этот класс заменяет InterfaceError из psycopg, а InterfaceError Django выбрасывается из него, как это делает обёртка Django.
// es: Aquí no hay controlador: esta clase representa la InterfaceError de psycopg, y la InterfaceError de Django se lanza a partir de ella, como hace su envoltorio.
const PsycopgInterfaceError = defineException('InterfaceError', [Exception], { module: 'psycopg' });
function executeOnClosedCursor(): never {
  const driverError = new PsycopgInterfaceError('the cursor is closed');
  throw new InterfaceError(String(driverError)).withCause(driverError);
}

try {
  executeOnClosedCursor();
} catch (error) {
  if (!(error instanceof Error)) throw error;
  print(repr(error), 'cause:', repr(error.__cause__));
  // en: Not a DatabaseError: an except DatabaseError clause lets it through.
  // ru: Это не DatabaseError: блок except DatabaseError его пропустит.
  // es: No es una DatabaseError: una cláusula except DatabaseError la deja pasar.
  print('DatabaseError?', error instanceof DatabaseError, '| InterfaceError?', error instanceof InterfaceError);
}
