import { models, DatabaseError, Error, IntegrityError, InterfaceError } from 'django/db';
import { print, repr, issubclass } from 'python/builtins';

class Seat extends models.Model {
  code = models.CharField({ max_length: 4, unique: true });
}

// en: Error is the root of the family; DatabaseError covers everything but InterfaceError.
// ru: Error — корень семейства; DatabaseError охватывает всё, кроме InterfaceError.
// es: Error es la raíz de la familia; DatabaseError abarca todo menos InterfaceError.
print(issubclass(IntegrityError, DatabaseError), issubclass(DatabaseError, Error), issubclass(InterfaceError, DatabaseError));

Seat.objects.create({ code: '12A' });
for (const code of ['12A', '12B']) {
  try {
    Seat.objects.create({ code });
    print('booked', code);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    print(repr(error), error instanceof Error);
  }
}
