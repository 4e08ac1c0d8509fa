from django.db import IntegrityError, ProgrammingError, models, transaction
from django.db.transaction import TransactionManagementError


class Seat(models.Model):
    code = models.CharField(max_length=4, unique=True)


Seat.objects.create(code="12A")

# en: A database error inside atomic() spoils the block: the next query is refused too.
# ru: Ошибка базы внутри atomic() портит блок: следующий запрос тоже отвергается.
# es: Un error de base de datos dentro de atomic() estropea el bloque: la siguiente consulta también se rechaza.
try:
    with transaction.atomic():
        try:
            Seat.objects.create(code="12A")
        except IntegrityError as error:
            print("caught", repr(error))
        Seat.objects.count()
except TransactionManagementError as error:
    # en: It is also a ProgrammingError: the code is at fault, not the data.
    # ru: Это ещё и ProgrammingError: виноват код, а не данные.
    # es: Además es una ProgrammingError: la culpa es del código, no de los datos.
    print(repr(error), isinstance(error, ProgrammingError))
    print("cause:", repr(error.__cause__))

# en: The fix: give the write that may fail an inner atomic() of its own (a savepoint).
# ru: Исправление: дать записи, которая может не пройти, собственный вложенный atomic() (точку сохранения).
# es: La solución: dar a la escritura que puede fallar su propio atomic() interno, es decir, un punto de guardado (savepoint).
with transaction.atomic():
    try:
        with transaction.atomic():
            Seat.objects.create(code="12A")
    except IntegrityError:
        print("seat taken, rolled back to the savepoint")
    print("seats:", Seat.objects.count())
