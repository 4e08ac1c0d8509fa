from django.db import models


class Coin(models.Model):
    year = models.IntegerField()


# en: An instance hashes as its primary key does...
# ru: Хеш экземпляра — это хеш его первичного ключа...
# es: El hash de una instancia es el de su clave primaria...
coin = Coin.objects.create(year=1921)
print(hash(coin) == hash(coin.pk))

# en: ...so without one it cannot be hashed (a save would change the hash).
# ru: ...поэтому без ключа хешировать нельзя (после сохранения хеш бы изменился).
# es: ...así que sin ella no se puede calcular (guardar cambiaría el hash).
try:
    hash(Coin(year=1964))
except TypeError as error:
    print(repr(error))

# en: Equal instances hash alike, as Python demands.
# ru: У равных экземпляров равные хеши, как того требует Python.
# es: Las instancias iguales tienen el mismo hash, como exige Python.
again = Coin.objects.get(pk=coin.pk)
print(again == coin, hash(again) == hash(coin))
