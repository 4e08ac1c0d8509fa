from django.db import DatabaseError, models


class Seat(models.Model):
    label = models.CharField(max_length=4)


def attempt(label, action):
    try:
        action()
        print(label, "-> saved")
    except Exception as error:
        print(label, "->", repr(error))


seat = Seat.objects.create(label="1A")

# en: force_insert means INSERT or fail. The row is there already, so the database says no.
# ru: force_insert означает INSERT или ошибку. Строка уже есть, и база отказывает.
# es: force_insert significa INSERT o error. La fila ya existe, así que la base de datos se niega.
attempt("force_insert", lambda: Seat(id=seat.id, label="1B").save(force_insert=True))

# en: force_update means UPDATE or fail. Since 6.0 the failure is Model.NotUpdated.
# ru: force_update означает UPDATE или ошибку. Начиная с 6.0 ошибка — Model.NotUpdated.
# es: force_update significa UPDATE o error. Desde 6.0, el error es Model.NotUpdated.
try:
    Seat(id=99, label="9Z").save(force_update=True)
except Seat.NotUpdated as error:
    print("force_update ->", repr(error), isinstance(error, DatabaseError))

attempt("both flags", lambda: seat.save(force_insert=True, force_update=True))
attempt("update without pk", lambda: Seat(label="2C").save(force_update=True))
