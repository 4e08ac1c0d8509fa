from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=50)


class Invoice(models.Model):
    number = models.CharField(max_length=10)
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)


acme = Customer.objects.create(name="Acme")
Invoice.objects.create(number="F-1", customer=acme)
Invoice.objects.create(number="F-2", customer=acme)

# en: PROTECT refuses the delete before a single row is gone.
# ru: PROTECT отказывает в удалении раньше, чем удалена хоть одна строка.
# es: PROTECT rechaza la eliminación antes de que desaparezca una sola fila.
try:
    acme.delete()
except models.ProtectedError as error:
    print(error.args[0])
    # en: protected_objects lists what is in the way.
    # ru: protected_objects перечисляет, что мешает удалению.
    # es: protected_objects enumera lo que lo impide.
    print(error.protected_objects)
print(Customer.objects.count(), Invoice.objects.count())
