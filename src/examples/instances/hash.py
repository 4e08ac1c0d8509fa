from django.db import models


class Coin(models.Model):
    year = models.IntegerField()


# en: An instance hashes as its primary key does...
# ru: Хеш экземпляра — это хеш его первичного ключа...
coin = Coin.objects.create(year=1921)
print(hash(coin) == hash(coin.pk))

# en: ...so without one it cannot be hashed (a save would change the hash).
# ru: ...поэтому без ключа хешировать нельзя (после сохранения хеш бы изменился).
try:
    hash(Coin(year=1964))
except TypeError as error:
    print(repr(error))

# en: Equal instances hash alike, as Python demands.
# ru: У равных экземпляров равные хеши, как того требует Python.
again = Coin.objects.get(pk=coin.pk)
print(again == coin, hash(again) == hash(coin))
