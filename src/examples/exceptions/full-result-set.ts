import { models } from 'django/db';
import { FullResultSet } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Novel extends models.Model {
  title = models.CharField({ max_length: 120 });
}

Novel.objects.create({ title: 'Dune' });

// en: Excluding an empty list excludes nothing: the condition is true for every row.
// ru: exclude() с пустым списком ничего не отсекает: условие истинно для любой строки.
// es: Excluir una lista vacía no excluye nada: la condición es verdadera para todas las filas.
const everything = Novel.objects.exclude({ pk__in: [] });
const compiler = everything.query.get_compiler('default');
try {
  compiler.compile(everything.query.where);
} catch (error) {
  if (!(error instanceof FullResultSet)) throw error;
  print('compiling the WHERE raised', repr(error));
}

// en: The compiler catches it itself and simply leaves the WHERE clause out.
// ru: Компилятор перехватывает его сам и просто опускает WHERE.
// es: El propio compilador la captura y simplemente deja fuera la cláusula WHERE.
print(compiler.as_sql()[0]);
print(everything.count());
