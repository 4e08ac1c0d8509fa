from django.db import models
from django.core.exceptions import ObjectDoesNotExist


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    name = models.CharField(max_length=80)


# en: One helper for any model: the shared base catches every Model.DoesNotExist.
# ru: Одна вспомогательная функция для любой модели: общий базовый класс перехватывает каждый Model.DoesNotExist.
# es: Una función auxiliar para cualquier modelo: la clase base común captura cualquier Model.DoesNotExist.
def get_or_none(model, **lookups):
    try:
        return model.objects.get(**lookups)
    except ObjectDoesNotExist as error:
        print("not found:", repr(error))
        return None


Author.objects.create(name="Ursula")
print(get_or_none(Author, name="Ursula"))
print(get_or_none(Author, name="Stanislaw"))
print(get_or_none(Book, pk=7))

# en: The per-model classes differ from one another but share the base.
# ru: Классы разных моделей различаются, но базовый класс у них общий.
# es: Las clases de cada modelo son distintas entre sí, pero comparten la clase base.
print(
    issubclass(Book.DoesNotExist, ObjectDoesNotExist),
    issubclass(Book.DoesNotExist, Author.DoesNotExist),
)
# en: Templates look at this flag and render '' instead of failing.
# ru: Шаблоны смотрят на этот флаг и выводят '' вместо ошибки.
# es: Las plantillas consultan este indicador y muestran '' en vez de fallar.
print(ObjectDoesNotExist.silent_variable_failure)
