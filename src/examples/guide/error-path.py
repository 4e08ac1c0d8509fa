from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=80)


# en: The bug: the handler calls the exception it caught, as if it were the class.
# ru: Ошибка: обработчик вызывает перехваченное исключение, будто это класс.
# es: El error: el manejador llama a la excepción que capturó como si fuera la clase.
def find_article(pk):
    try:
        return Article.objects.get(pk=pk)
    except Article.DoesNotExist as error:
        raise error(f"no article {pk}")


Article.objects.create(title="Hello")

# en: While the row is there, the broken line never runs.
# ru: Пока строка на месте, ошибочная строка кода не выполняется.
# es: Mientras la fila existe, la línea defectuosa nunca se ejecuta.
print(repr(find_article(1)))

# en: The first miss reaches it, and a TypeError takes the place of the DoesNotExist.
# ru: Первый промах доходит до неё, и место DoesNotExist занимает TypeError.
# es: El primer get() sin resultado llega hasta ella, y una TypeError ocupa el lugar de la DoesNotExist.
try:
    find_article(2)
except Exception as error:
    print(f"{type(error).__name__}: {error}")

# en: The class itself can be called: that builds an instance.
# ru: Сам класс вызывать можно: так создаётся экземпляр.
# es: La clase sí se puede llamar: así se construye una instancia.
print(repr(Article.DoesNotExist("no article 2")))
