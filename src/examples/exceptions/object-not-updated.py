from django.db import DatabaseError, models
from django.core.exceptions import ObjectNotUpdated


class Ticket(models.Model):
    subject = models.CharField(max_length=80)
    status = models.CharField(max_length=10, default="open")


ticket = Ticket.objects.create(subject="Printer on fire")
# en: The row is deleted elsewhere while we still hold the instance.
# ru: Строку удаляют где-то ещё, пока экземпляр у нас в руках.
# es: La fila se elimina en otra parte mientras todavía tenemos la instancia.
Ticket.objects.filter(pk=ticket.pk).delete()

ticket.status = "closed"
try:
    ticket.save(update_fields=["status"])
except ObjectNotUpdated as error:
    print(repr(error))
    # en: Model.NotUpdated is a DatabaseError too, so older handlers still catch it.
    # ru: Model.NotUpdated — ещё и DatabaseError, так что старые обработчики его тоже перехватывают.
    # es: Model.NotUpdated también es una DatabaseError, así que los manejadores antiguos siguen capturándola.
    print(isinstance(error, Ticket.NotUpdated), isinstance(error, DatabaseError))

# en: force_update follows the same rule with a message of its own; nothing catches it here.
# ru: У force_update то же правило и своё сообщение; здесь его никто не перехватывает.
# es: force_update sigue la misma regla con un mensaje propio; aquí nadie la captura.
ticket.save(force_update=True)
