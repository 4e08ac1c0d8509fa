import { models } from 'django/db';
import { hash, print, repr, str } from 'python/builtins';
import { eq } from 'python/operator';
import { dumps, loads } from 'python/pickle';

class Tag extends models.Model {
  name = models.CharField({ max_length: 20 });
  override __str__(): string {
    return `#${this.name}`;
  }
}

const python = Tag.objects.create({ name: 'python' });
const sameRow = Tag.objects.get({ name: 'python' });

// en: a == b is eq(a, b); === would compare the two JavaScript objects instead.
// ru: a == b — это eq(a, b); оператор === сравнил бы два объекта JavaScript.
// es: a == b se escribe eq(a, b); === compararía, en cambio, los dos objetos de JavaScript.
print(eq(python, sameRow), python === sameRow);
// en: hash(), str() and repr() are functions, as in Python.
// ru: hash(), str() и repr() — функции, как в Python.
// es: hash(), str() y repr() son funciones, igual que en Python.
print(hash(python) === hash(sameRow), str(python), repr(python));

// en: pickle.loads(pickle.dumps(obj)) becomes loads(dumps(obj)).
// ru: pickle.loads(pickle.dumps(obj)) записывается как loads(dumps(obj)).
// es: pickle.loads(pickle.dumps(obj)) se escribe loads(dumps(obj)).
const copy = loads(dumps(python)) as Tag;
print(eq(copy, python), copy.name);

// en: del obj.name is obj._delattr('name'): the next read fetches the field again.
// ru: del obj.name — это obj._delattr('name'): следующее чтение снова загрузит поле.
// es: del obj.name equivale a obj._delattr('name'): la siguiente lectura vuelve a cargar el campo.
Tag.objects.filter({ pk: python.pk }).update({ name: 'django' });
python._delattr('name');
print(python.name);
