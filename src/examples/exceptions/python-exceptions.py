from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=50)


# en: Django reports misuse with Python's own exception classes.
# ru: О неверном использовании Django сообщает встроенными исключениями Python.
# es: Django informa del uso incorrecto con las clases de excepción propias de Python.
attempts = [
    lambda: Note(txt="typo"),
    lambda: Note(text="unsaved").delete(),
    lambda: hash(Note(text="unsaved")),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as error:
        print(repr(error))
