import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Blog extends models.Model {
  name = models.CharField({ max_length: 50 });
}

// en: The automatic id is None until the first save() and set by it.
// ru: Автоматический id равен None до первого save() и заполняется им.
// es: El id automático vale None hasta el primer save(), que lo rellena.
const blog = new Blog({ name: 'Notes from the field' });
print(blog.id, blog.pk);
print(repr(blog.save()), blog.id, blog.pk);

// en: pk is an alias of the primary key, whatever its name.
// ru: pk — псевдоним первичного ключа, как бы тот ни назывался.
// es: pk es un alias de la clave primaria, sea cual sea su nombre.
blog.pk = 40;
print(blog.id);

// en: Since Django 6.0 every save() argument is keyword-only.
// ru: Начиная с Django 6.0 все аргументы save() только именованные.
// es: Desde Django 6.0, todos los argumentos de save() son solo por nombre.
try {
  (blog.save as (...args: unknown[]) => void)('default');
} catch (error) {
  if (!(error instanceof TypeError)) throw error;
  print(repr(error));
}

// en: asave() is the same operation for async code.
// ru: asave() — та же операция для асинхронного кода.
// es: asave() es la misma operación para código asíncrono.
const later = new Blog({ name: 'Async notes' });
await later.asave();
print(later.pk, Blog.objects.count());
