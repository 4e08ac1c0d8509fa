from django.db import models


class Novel(models.Model):
    title = models.CharField(max_length=50)
    pages = models.IntegerField(default=100)


# en: Keyword arguments, exactly what the TypeScript passes as one object.
# ru: Именованные аргументы — то, что в TypeScript передаётся одним объектом.
# es: Argumentos con nombre: justo lo que el código TypeScript pasa en un único objeto.
dune = Novel.objects.create(title="Dune", pages=412)
Novel.objects.create(title="Emma")

# en: A lookup with double underscores, as Django spells it.
# ru: Лукап (lookup) с двойным подчёркиванием — в записи Django.
# es: Un lookup (búsqueda por campo) con doble guion bajo, tal como lo escribe Django.
print(repr(Novel.objects.filter(pages__gt=200).values_list("title", flat=True)))
print(Novel.objects.filter(title__startswith="Emma").count())

# en: update_fields takes a list of field names.
# ru: update_fields принимает список имён полей.
# es: update_fields recibe una lista de nombres de campos.
dune.pages = 415
dune.save(update_fields=["pages"])
print(Novel.objects.get(pk=dune.pk).pages)
