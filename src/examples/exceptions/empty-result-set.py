from django.db import models
from django.core.exceptions import EmptyResultSet


class Novel(models.Model):
    title = models.CharField(max_length=120)


Novel.objects.create(title="Dune")

# en: An empty __in list never matches, so the compiler gives up on writing SQL.
# ru: Пустой список в __in ничему не соответствует, и компилятор отказывается строить SQL.
# es: Una lista __in vacía nunca coincide con nada, así que el compilador renuncia a escribir el SQL.
nothing = Novel.objects.filter(pk__in=[])
try:
    print(str(nothing.query))
except EmptyResultSet as error:
    print("str(query) raised", repr(error))

# en: Evaluating the queryset works: the ORM catches the exception and sends no query.
# ru: Вычислить такой QuerySet можно: ORM перехватывает исключение и запрос не отправляет.
# es: Evaluar el QuerySet funciona: el ORM captura la excepción y no envía ninguna consulta.
print(list(nothing), nothing.count())
