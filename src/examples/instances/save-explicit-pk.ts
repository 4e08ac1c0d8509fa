import { models } from 'django/db';
import { print, repr } from 'python/builtins';
import { typeName } from 'sandbox/python';

class Blog extends models.Model {
  name = models.CharField({ max_length: 50 });
  tagline = models.TextField({ default: '' });
}

// en: An explicit value for an AutoField primary key is allowed...
// ru: Явное значение для первичного ключа AutoField допустимо…
// es: Se permite un valor explícito para una clave primaria AutoField...
const first = new Blog({ id: 3, name: 'Cheddar Talk', tagline: 'Cheese, weekly' });
first.save();

// en: ...but a second object with the same id updates that row instead of adding one.
// ru: …но второй объект с тем же id не добавляет строку, а обновляет существующую.
// es: ...pero un segundo objeto con el mismo id actualiza esa fila en vez de añadir una nueva.
const second = new Blog({ id: 3, name: 'Not Cheddar' });
second.save();
const row = Blog.objects.get({ id: 3 });
print(Blog.objects.count(), row.name, repr(row.tagline));

// en: After an INSERT the id comes back from the database as a number.
// ru: После INSERT значение id возвращается из базы числом.
// es: Tras un INSERT, el id vuelve de la base de datos como número.
const third = new Blog({ id: '7' as never, name: 'Seven' });
third.save();
print(third.id, typeName(third.id));
