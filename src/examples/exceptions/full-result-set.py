from django.db import models
from django.core.exceptions import FullResultSet


class Novel(models.Model):
    title = models.CharField(max_length=120)


Novel.objects.create(title="Dune")

# en: Excluding an empty list excludes nothing: the condition holds for every row.
# ru: Исключить пустой список — значит ничего не исключить: условие верно для каждой строки.
# es: Excluir una lista vacía no excluye nada: la condición se cumple en todas las filas.
everything = Novel.objects.exclude(pk__in=[])
compiler = everything.query.get_compiler("default")
try:
    compiler.compile(everything.query.where)
except FullResultSet as error:
    print("compiling the WHERE raised", repr(error))

# en: The compiler handles it on its own and just leaves out the WHERE clause.
# ru: Компилятор справляется с этим сам и просто опускает WHERE.
# es: El compilador lo resuelve por su cuenta y simplemente omite la cláusula WHERE.
print(compiler.as_sql()[0])
print(everything.count())
