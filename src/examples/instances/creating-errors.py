from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=100)
    stars = models.IntegerField(default=3)


class Timestamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


def attempt(label, build):
    try:
        build()
        print(label, "-> ok")
    except Exception as error:
        print(label, "->", repr(error))


# en: Positional arguments fill the fields in order: id, text, stars.
# ru: Позиционные аргументы заполняют поля по порядку: id, text, stars.
# es: Los argumentos posicionales rellenan los campos en orden: id, text, stars.
positional = Note(None, "Call Bob", 5)
print(positional.text, positional.stars)

# en: Every call below is broken, and Django says how.
# ru: Каждый вызов ниже ошибочен, и Django сообщает, в чём дело.
# es: Cada llamada de abajo es incorrecta, y Django explica por qué.
attempt("too many values", lambda: Note(None, "x", 5, "extra"))
attempt("same field twice", lambda: Note(None, "x", text="y"))
attempt("unknown names", lambda: Note(txt="x", star=1))
attempt("abstract model", lambda: Timestamped())
