from django.db import Error, models


class Tag(models.Model):
    name = models.CharField(max_length=20, unique=True)


# en: A single handler for any database failure, whichever subclass it is.
# ru: Один обработчик на любой сбой базы, какой бы подкласс это ни был.
# es: Un único manejador para cualquier fallo de la base de datos, sea cual sea la subclase.
def attempt(label, work):
    try:
        work()
        print(label, "ok")
    except Error as error:
        print(label, "failed:", repr(error))


attempt("create", lambda: Tag.objects.create(name="django"))
attempt("duplicate", lambda: Tag.objects.create(name="django"))
attempt("distinct on", lambda: list(Tag.objects.order_by("name").distinct("name")))
