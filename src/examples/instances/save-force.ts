import { DatabaseError, models } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Seat extends models.Model {
  label = models.CharField({ max_length: 4 });
}

function attempt(label: string, action: () => unknown): void {
  try {
    action();
    print(label, '-> saved');
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(label, '->', repr(error));
  }
}

const seat = Seat.objects.create({ label: '1A' });

// en: force_insert: INSERT or fail. The row exists, so the database refuses.
// ru: force_insert: INSERT или ошибка. Строка уже есть, и база отказывает.
// es: force_insert: INSERT o error. La fila existe, y la base de datos lo rechaza.
attempt('force_insert', () => new Seat({ id: seat.id, label: '1B' }).save({ force_insert: true }));

// en: force_update: UPDATE or fail. Since 6.0 the failure is Model.NotUpdated.
// ru: force_update: UPDATE или ошибка. Начиная с 6.0 это Model.NotUpdated.
// es: force_update: UPDATE o error. Desde 6.0, el error es Model.NotUpdated.
try {
  new Seat({ id: 99, label: '9Z' }).save({ force_update: true });
} catch (error) {
  if (!(error instanceof Seat.NotUpdated)) throw error;
  print('force_update ->', repr(error), error instanceof DatabaseError);
}

attempt('both flags', () => seat.save({ force_insert: true, force_update: true }));
attempt('update without pk', () => new Seat({ label: '2C' }).save({ force_update: true }));
