from django.db import models


class Timestamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Comment(Timestamped):
    text = models.TextField()


# en: No table behind an abstract model, so no exception classes either.
# ru: У абстрактной модели нет своей таблицы, поэтому нет и классов исключений.
# es: Un modelo abstracto no tiene tabla detrás, así que tampoco tiene clases de excepción.
try:
    print(Timestamped.DoesNotExist)
except AttributeError as error:
    print(error)

# en: The concrete child has an exception class and a manager of its own.
# ru: У конкретного потомка есть свой класс исключения и свой менеджер.
# es: El modelo hijo concreto tiene clase de excepción y gestor propios.
print(Comment.DoesNotExist.__qualname__, Comment.objects.count())
