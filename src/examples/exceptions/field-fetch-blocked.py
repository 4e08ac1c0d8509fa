from django.db import models
from django.core.exceptions import FieldError, FieldFetchBlocked


class Author(models.Model):
    name = models.CharField(max_length=50)


class Novel(models.Model):
    title = models.CharField(max_length=120)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)


ann = Author.objects.create(name="Ann")
Novel.objects.create(title="Dune", author=ann)

# en: Under FETCH_RAISE, reading a related object the query did not load raises instead of querying.
# ru: В режиме FETCH_RAISE чтение незагруженного связанного объекта — ошибка, а не запрос.
# es: Con FETCH_RAISE, leer un objeto relacionado que la consulta no cargó lanza una excepción en lugar de consultar.
[novel] = Novel.objects.fetch_mode(models.FETCH_RAISE)
try:
    print(novel.author.name)
except FieldFetchBlocked as error:
    print(repr(error), isinstance(error, FieldError))

# en: A deferred field behaves the same way.
# ru: С отложенным полем то же самое.
# es: Un campo diferido se comporta igual.
[brief] = Novel.objects.only("author").fetch_mode(models.FETCH_RAISE)
try:
    print(brief.title)
except FieldFetchBlocked as error:
    print(repr(error))

# en: The fix: load everything the code reads in the same query.
# ru: Исправление: загрузить в том же запросе всё, что читает код.
# es: La solución: cargar en la misma consulta todo lo que lee el código.
[full] = Novel.objects.select_related("author").fetch_mode(models.FETCH_RAISE)
print(full.title, "by", full.author.name)
