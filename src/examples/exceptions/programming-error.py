# @database postgresql
from django.db import ProgrammingError, models


class Invoice(models.Model):
    total = models.IntegerField()

    # en: No migration has created this table yet.
    # ru: Эту таблицу ещё не создала ни одна миграция.
    # es: Ninguna migración ha creado todavía esta tabla.
    class Meta:
        managed = False


# en: Querying a table that does not exist: psycopg's UndefinedTable, re-raised as ProgrammingError.
# ru: Запрос к несуществующей таблице: UndefinedTable из psycopg, выброшенный заново как ProgrammingError.
# es: Consultar una tabla que no existe: la UndefinedTable de psycopg, relanzada como ProgrammingError.
try:
    list(Invoice.objects.all())
except ProgrammingError as error:
    print(repr(error), "cause:", repr(error.__cause__))

# en: Django's own misuse errors for transactions extend ProgrammingError, so the same clause catches them.
# ru: Ошибки неверной работы с транзакциями у Django наследуют ProgrammingError, и их перехватывает тот же блок.
# es: Los errores propios de Django por uso incorrecto de transacciones heredan de ProgrammingError, así que la misma cláusula los captura.
try:
    list(Invoice.objects.select_for_update())
except ProgrammingError as error:
    print(repr(error))
