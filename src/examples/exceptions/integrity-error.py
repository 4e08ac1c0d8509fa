from django.db import IntegrityError, models


class Account(models.Model):
    email = models.EmailField(unique=True)


Account.objects.create(email="ada@example.com")

# en: The database rejects a duplicate; the wording of the error is the backend's.
# ru: База отвергает дубликат; текст ошибки — от бэкенда.
# es: La base de datos rechaza un duplicado; la redacción del error es cosa del backend.
try:
    Account.objects.create(email="ada@example.com")
except IntegrityError as error:
    print(repr(error))
print(Account.objects.count())
