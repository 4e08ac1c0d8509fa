from django.db import NotSupportedError, models


class Visit(models.Model):
    page = models.CharField(max_length=50)


Visit.objects.create(page="/")
Visit.objects.create(page="/")

# en: DISTINCT ON (field) is PostgreSQL's; the SQLite backend refuses it.
# ru: DISTINCT ON (поле) есть в PostgreSQL, а бэкенд SQLite его не поддерживает.
# es: DISTINCT ON (campo) es propio de PostgreSQL; el backend de SQLite lo rechaza.
try:
    print(list(Visit.objects.order_by("page").distinct("page")))
except NotSupportedError as error:
    print(repr(error))
# en: The portable way: values() and a plain distinct().
# ru: Переносимый способ — values() и обычный distinct().
# es: La forma portable: values() y un distinct() simple.
print(list(Visit.objects.values_list("page", flat=True).distinct()))
