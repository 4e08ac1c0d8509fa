from django.db import models
from django.core.exceptions import MultipleObjectsReturned


class City(models.Model):
    name = models.CharField(max_length=50)
    country = models.CharField(max_length=2)


City.objects.create(name="Paris", country="FR")
City.objects.create(name="Paris", country="US")

# en: get() wants exactly one row; two matches are an error, not a choice to make.
# ru: get() ждёт ровно одну строку; два совпадения — ошибка, а не выбор.
# es: get() quiere exactamente una fila; dos coincidencias son un error: get() no elige entre ellas.
try:
    City.objects.get(name="Paris")
except MultipleObjectsReturned as error:
    print(repr(error))
    print(isinstance(error, City.MultipleObjectsReturned))

# en: Narrow the lookup down, or say which row you want.
# ru: Уточните условие или скажите, какая строка нужна.
# es: Hay que acotar el lookup (búsqueda por campo) o indicar qué fila se quiere.
print(City.objects.get(name="Paris", country="FR").country)
print(City.objects.filter(name="Paris").order_by("country").first().country)

# en: get() reads no more than 21 rows, so a large match is reported as "more than 20".
# ru: get() читает не больше 21 строки, поэтому при большом числе совпадений пишет «more than 20».
# es: get() no lee más de 21 filas, así que muchas coincidencias se notifican como «more than 20».
for _ in range(25):
    City.objects.create(name="Springfield", country="US")
City.objects.get(name="Springfield")
