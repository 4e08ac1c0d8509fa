# @database postgresql
from django.db import DatabaseError, DataError, models
from django.core.exceptions import ValidationError


class Seat(models.Model):
    code = models.CharField(max_length=4)


# en: PostgreSQL refuses a value too long for the column; Django raises DataError from the driver's error.
# ru: PostgreSQL отказывается принять слишком длинное значение; Django выбрасывает DataError из ошибки драйвера.
# es: PostgreSQL rechaza un valor demasiado largo para la columna; Django lanza DataError a partir del error del controlador.
try:
    Seat(code="BALCONY-12").save()
except DataError as error:
    print(repr(error), isinstance(error, DatabaseError))
    print("cause:", repr(error.__cause__))

# en: Validation finds the same problem before any SQL is sent.
# ru: Проверка находит ту же проблему ещё до отправки SQL.
# es: La validación detecta el mismo problema antes de enviar ningún SQL.
try:
    Seat(code="BALCONY-12").full_clean()
except ValidationError as error:
    print(repr(error))
