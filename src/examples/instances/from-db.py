from django.db import models
from django.db.models import DEFERRED


class Owner(models.Model):
    name = models.CharField(max_length=50)


class Ticket(models.Model):
    subject = models.CharField(max_length=100)
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE)

    # en: Django 6.1 passes fetch_mode as a keyword-only argument: accept it and hand it on.
    # ru: Django 6.1 передаёт fetch_mode только по имени: принимаем его и передаём дальше.
    # es: Django 6.1 pasa fetch_mode como argumento solo por nombre: hay que aceptarlo y transmitirlo.
    # en: Keep what came from the database, leaving out fields that were not loaded.
    # ru: Запоминаем, что пришло из базы, пропуская незагруженные поля.
    # es: Conservar lo que llegó de la base de datos, dejando fuera los campos que no se cargaron.
    @classmethod
    def from_db(cls, alias, field_names, values, *, fetch_mode=None):
        instance = super().from_db(alias, field_names, values, fetch_mode=fetch_mode)
        instance._loaded_values = {
            name: value
            for name, value in zip(field_names, values, strict=True)
            if value is not DEFERRED
        }
        return instance

    # en: A loaded ticket may not move to another owner.
    # ru: Загруженный тикет нельзя передать другому владельцу.
    # es: Un ticket ya cargado no puede pasar a otro propietario.
    def save(self, **kwargs):
        if not self._state.adding and self.owner_id != self._loaded_values["owner_id"]:
            raise ValueError("Changing the owner of a ticket isn't allowed")
        super().save(**kwargs)


ann = Owner.objects.create(name="Ann")
bob = Owner.objects.create(name="Bob")
Ticket.objects.create(subject="Printer jam", owner=ann)

ticket = Ticket.objects.get(subject="Printer jam")
print(ticket._loaded_values, ticket._state.adding, ticket._state.db)
print(Ticket.objects.only("subject").get()._loaded_values, repr(DEFERRED))

ticket.subject = "Printer jam, floor 2"
ticket.save()
ticket.owner = bob
try:
    ticket.save()
except ValueError as error:
    print(repr(error))
