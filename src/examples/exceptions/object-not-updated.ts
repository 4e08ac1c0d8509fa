import { models, DatabaseError } from 'django/db';
import { ObjectNotUpdated } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Ticket extends models.Model {
  subject = models.CharField({ max_length: 80 });
  status = models.CharField({ max_length: 10, default: 'open' });
}

const ticket = Ticket.objects.create({ subject: 'Printer on fire' });
// en: Someone else deletes the row while we still hold the instance.
// ru: Кто-то удаляет строку, пока у нас на руках экземпляр.
// es: Otro proceso elimina la fila mientras seguimos teniendo la instancia.
Ticket.objects.filter({ pk: ticket.pk }).delete();

ticket.status = 'closed';
try {
  ticket.save({ update_fields: ['status'] });
} catch (error) {
  if (!(error instanceof ObjectNotUpdated)) throw error;
  print(repr(error));
  // en: Model.NotUpdated is also a DatabaseError, so older handlers still catch it.
  // ru: Model.NotUpdated — ещё и DatabaseError, так что старые обработчики его тоже перехватывают.
  // es: Model.NotUpdated es además una DatabaseError, por lo que los manejadores existentes la siguen capturando.
  print(error instanceof Ticket.NotUpdated, error instanceof DatabaseError);
}

// en: force_update has the same rule, with its own message; this one is not caught.
// ru: У force_update то же правило со своим сообщением; здесь его никто не перехватывает.
// es: force_update tiene la misma regla, con su propio mensaje; esta no se captura.
ticket.save({ force_update: true });
