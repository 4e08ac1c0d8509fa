from django.core.exceptions import ObjectNotUpdated
from django.db import DatabaseError, models


class Invoice(models.Model):
    total = models.IntegerField(default=0)


invoice = Invoice.objects.create(total=10)
# en: The row is deleted behind this instance's back; its pk stays set.
# ru: Строку удаляют в обход этого экземпляра; pk у него остаётся.
# es: La fila se elimina a espaldas de esta instancia; su pk se conserva.
Invoice.objects.filter(pk=invoice.pk).delete()

# en: A forced update that touches no row raises NotUpdated.
# ru: Принудительное обновление, которое не затронуло ни одной строки, выбрасывает NotUpdated.
# es: Una actualización forzada que no toca ninguna fila lanza NotUpdated.
invoice.total = 12
try:
    invoice.save(force_update=True)
except Invoice.NotUpdated as error:
    print(repr(error))
    print(isinstance(error, ObjectNotUpdated), isinstance(error, DatabaseError))

# en: update_fields forces an update as well, and has its own message.
# ru: update_fields тоже требует именно обновления, и сообщение у него своё.
# es: update_fields también fuerza una actualización y tiene su propio mensaje.
try:
    invoice.save(update_fields=["total"])
except DatabaseError as error:
    print(repr(error))

# en: A plain save() forces nothing and inserts the row again.
# ru: Обычный save() не требует обновления и снова вставляет строку.
# es: Un save() simple no fuerza nada e inserta la fila de nuevo.
invoice.save()
print(Invoice.objects.filter(pk=invoice.pk).exists())
