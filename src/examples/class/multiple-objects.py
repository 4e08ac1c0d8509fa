from django.core.exceptions import MultipleObjectsReturned
from django.db import models


class Ticket(models.Model):
    status = models.CharField(max_length=10)


for _ in range(3):
    Ticket.objects.create(status="open")

# en: Three rows match: get() says how many it found.
# ru: Подходят три строки, и get() сообщает, сколько нашёл.
# es: Coinciden tres filas: get() indica cuántas encontró.
try:
    Ticket.objects.get(status="open")
except Ticket.MultipleObjectsReturned as error:
    print(error)
    print(isinstance(error, MultipleObjectsReturned))

# en: get() fetches at most 21 rows, so above 20 it no longer counts.
# ru: get() выбирает не больше 21 строки, поэтому после 20 уже не считает.
# es: get() obtiene como máximo 21 filas, así que por encima de 20 ya no cuenta.
for _ in range(30):
    Ticket.objects.create(status="closed")
Ticket.objects.get(status="closed")
