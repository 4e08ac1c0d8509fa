from django.core.exceptions import ObjectDoesNotExist
from django.db import models


class Entry(models.Model):
    headline = models.CharField(max_length=100)


Entry.objects.create(headline="Hello")

# en: Every model carries its own DoesNotExist, derived from ObjectDoesNotExist.
# ru: У каждой модели есть свой DoesNotExist, производный от ObjectDoesNotExist.
# es: Cada modelo lleva su propia clase DoesNotExist, derivada de ObjectDoesNotExist.
try:
    Entry.objects.get(pk=42)
except ObjectDoesNotExist as error:
    print("caught", repr(error))

# en: Nothing catches this one: the script stops with a traceback.
# ru: Здесь исключение никто не перехватывает, и скрипт завершается трассировкой.
# es: Aquí nadie captura la excepción: el script se detiene con una traza (traceback).
missing = Entry.objects.get(headline="Goodbye")
print(missing.headline)
