from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=50)


class Invoice(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)


class Region(models.Model):
    name = models.CharField(max_length=50)


class Depot(models.Model):
    region = models.ForeignKey(Region, on_delete=models.RESTRICT)


def attempt(action):
    try:
        action()
    except Exception as error:
        print(f"{type(error).__name__}:", error.args[0])


acme = Customer.objects.create(name="Acme")
Invoice.objects.create(customer=acme)
north = Region.objects.create(name="North")
Depot.objects.create(region=north)

attempt(acme.delete)
attempt(north.delete)

# en: An object never saved has nothing in the database to delete.
# ru: У объекта, который ни разу не сохраняли, в базе нечего удалять.
# es: Un objeto que nunca se guardó no tiene nada en la base de datos que eliminar.
attempt(Customer(name="Ghost").delete)
print(repr(acme.pk), Invoice.objects.count())
