import { DatabaseError, models } from 'django/db';
import { ObjectNotUpdated } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Invoice extends models.Model {
  total = models.IntegerField({ default: 0 });
}

const invoice = Invoice.objects.create({ total: 10 });
// en: Someone else deletes the row; this instance still has its pk.
// ru: Строку удаляет кто-то другой; у этого экземпляра pk остаётся.
// es: Otro proceso elimina la fila; esta instancia conserva su pk.
Invoice.objects.filter({ pk: invoice.pk }).delete();

// en: A forced update that matches no row raises NotUpdated.
// ru: Принудительное обновление, не задевшее ни одной строки, выбрасывает NotUpdated.
// es: Una actualización forzada que no coincide con ninguna fila lanza NotUpdated.
invoice.total = 12;
try {
  invoice.save({ force_update: true });
} catch (error) {
  if (!(error instanceof Invoice.NotUpdated)) throw error;
  print(repr(error));
  print(error instanceof ObjectNotUpdated, error instanceof DatabaseError);
}

// en: update_fields forces an update too, with its own message.
// ru: update_fields тоже требует именно обновления, и сообщение у него своё.
// es: update_fields también fuerza la actualización, con un mensaje propio.
try {
  invoice.save({ update_fields: ['total'] });
} catch (error) {
  if (!(error instanceof DatabaseError)) throw error;
  print(repr(error));
}

// en: A plain save() is not forced: it inserts the row again.
// ru: Обычный save() не требует обновления и вставляет строку заново.
// es: Un save() normal no está forzado: vuelve a insertar la fila.
invoice.save();
print(Invoice.objects.filter({ pk: invoice.pk }).exists());
