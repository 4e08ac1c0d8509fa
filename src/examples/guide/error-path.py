from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=80)


# en: The bug: the handler calls the exception it caught, as if it were the class.
# ru: Ошибка: обработчик вызывает перехваченное исключение, будто это класс.
def find_article(pk):
    try:
        return Article.objects.get(pk=pk)
    except Article.DoesNotExist as error:
        raise error(f"no article {pk}")


Article.objects.create(title="Hello")

# en: While the row is there, the broken line never runs.
# ru: Пока строка на месте, ошибочная строка кода не выполняется.
print(repr(find_article(1)))

# en: The first miss reaches it, and a TypeError takes the place of the DoesNotExist.
# ru: Первый промах доходит до неё, и место DoesNotExist занимает TypeError.
try:
    find_article(2)
except Exception as error:
    print(f"{type(error).__name__}: {error}")

# en: The class itself can be called: that builds an instance.
# ru: Сам класс вызывать можно: так создаётся экземпляр.
print(repr(Article.DoesNotExist("no article 2")))
