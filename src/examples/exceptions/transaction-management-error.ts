import { models, transaction, IntegrityError, ProgrammingError } from 'django/db';
import { TransactionManagementError } from 'django/db/transaction';
import { print, repr } from 'python/builtins';

class Seat extends models.Model {
  code = models.CharField({ max_length: 4, unique: true });
}

Seat.objects.create({ code: '12A' });

// en: A database error inside atomic() spoils the block: the next query is refused too.
// ru: Ошибка базы данных внутри atomic() портит блок: следующий запрос тоже отклоняется.
// es: Un error de base de datos dentro de atomic() estropea el bloque: la siguiente consulta también se rechaza.
try {
  transaction.atomic(() => {
    try {
      Seat.objects.create({ code: '12A' });
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error;
      print('caught', repr(error));
    }
    Seat.objects.count();
  });
} catch (error) {
  if (!(error instanceof TransactionManagementError)) throw error;
  // en: It is a ProgrammingError: a mistake in the code, not in the data.
  // ru: Это ProgrammingError: ошибка в коде, а не в данных.
  // es: Es una ProgrammingError: un error en el código, no en los datos.
  print(repr(error), error instanceof ProgrammingError);
  print('cause:', repr(error.__cause__));
}

// en: The fix: give the write that may fail its own inner atomic() (a savepoint).
// ru: Исправление: дать записи, которая может не пройти, собственный вложенный atomic() (точку сохранения).
// es: La solución: darle a la escritura que puede fallar un atomic() interno propio: un punto de guardado (savepoint).
transaction.atomic(() => {
  try {
    transaction.atomic(() => Seat.objects.create({ code: '12A' }));
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    print('seat taken, rolled back to the savepoint');
  }
  print('seats:', Seat.objects.count());
});
