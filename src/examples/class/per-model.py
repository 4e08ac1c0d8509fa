from django.core.exceptions import ObjectDoesNotExist
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    name = models.CharField(max_length=80)


# en: Each concrete model gets a DoesNotExist class of its own.
# ru: Каждая конкретная модель получает собственный класс DoesNotExist.
# es: Cada modelo concreto recibe su propia clase DoesNotExist.
print(Author.DoesNotExist is Book.DoesNotExist)
print(Author.DoesNotExist.__qualname__, Author.DoesNotExist.__module__)
print(issubclass(Book.DoesNotExist, ObjectDoesNotExist))

# en: get() raises the exception class of the model it queries.
# ru: get() выбрасывает класс исключения той модели, которую запрашивает.
# es: get() lanza la clase de excepción del modelo que consulta.
try:
    Book.objects.get(name="Solaris")
except Book.DoesNotExist as error:
    print(repr(error))
    print(isinstance(error, Author.DoesNotExist), isinstance(error, ObjectDoesNotExist))
