from django.db import DatabaseError, Error, IntegrityError, InterfaceError, models


class Seat(models.Model):
    code = models.CharField(max_length=4, unique=True)


# en: Error heads the family; DatabaseError covers everything except InterfaceError.
# ru: Error стоит во главе семейства; DatabaseError охватывает всё, кроме InterfaceError.
# es: Error encabeza la familia; DatabaseError abarca todo salvo InterfaceError.
print(
    issubclass(IntegrityError, DatabaseError),
    issubclass(DatabaseError, Error),
    issubclass(InterfaceError, DatabaseError),
)

Seat.objects.create(code="12A")
for code in ["12A", "12B"]:
    try:
        Seat.objects.create(code=code)
        print("booked", code)
    except DatabaseError as error:
        print(repr(error), isinstance(error, Error))
