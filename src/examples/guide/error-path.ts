import { models } from 'django/db';
import { print, repr } from 'python/builtins';
import { formatException, typeName } from 'sandbox/python';

class Article extends models.Model {
  title = models.CharField({ max_length: 80 });
}

// en: Python decides at run time whether a value can be called; pyCall() does the same check.
// ru: Python решает во время выполнения, можно ли вызвать значение; pyCall() проверяет так же.
// es: Python decide en tiempo de ejecución si un valor es invocable; pyCall() hace la misma comprobación.
function pyCall(target: unknown, ...args: unknown[]): Error {
  if (typeof target !== 'function') throw new TypeError(`'${typeName(target)}' object is not callable`);
  return new (target as new (...a: unknown[]) => Error)(...args);
}

// en: The bug: the handler calls the caught exception, as Python's raise exc(...) does.
// ru: Ошибка: обработчик вызывает перехваченное исключение, как raise exc(...) в Python.
// es: El error: el manejador llama a la excepción capturada, igual que raise exc(...) en Python.
function findArticle(pk: number): Article {
  try {
    return Article.objects.get({ pk });
  } catch (error) {
    if (!(error instanceof Article.DoesNotExist)) throw error;
    throw pyCall(error, `no article ${pk}`);
  }
}

Article.objects.create({ title: 'Hello' });

// en: While the row exists, the broken line never runs.
// ru: Пока строка есть, сломанная строка кода не выполняется.
// es: Mientras la fila está, la línea defectuosa no llega a ejecutarse.
print(repr(findArticle(1)));

// en: The first miss reaches it, and the TypeError replaces the DoesNotExist.
// ru: Первый же промах доходит до неё, и TypeError подменяет DoesNotExist.
// es: El primer get() sin resultado llega hasta ella, y la TypeError sustituye a la DoesNotExist.
try {
  findArticle(2);
} catch (error) {
  print(formatException(error));
}

// en: The class itself is callable: calling it builds an instance.
// ru: Сам класс вызывать можно: вызов создаёт экземпляр.
// es: La clase en sí es invocable: al llamarla se construye una instancia.
print(repr(pyCall(Article.DoesNotExist, 'no article 2')));
