import { models } from 'django/db';
import { print } from 'python/builtins';

class Product extends models.Model {
  stock = models.IntegerField({ default: 0 });
}

const product = Product.objects.create({ stock: 10 });

// en: A and B both read stock = 10, then each writes back its own result.
// ru: A и B оба читают stock = 10, затем каждый записывает свой результат.
// es: A y B leen stock = 10, y después cada uno escribe su propio resultado.
const a = Product.objects.get({ pk: product.pk });
const b = Product.objects.get({ pk: product.pk });
a.stock -= 1;
a.save();
b.stock -= 1;
b.save();
print('two sales, read-modify-write ->', Product.objects.get({ pk: product.pk }).stock);

// en: With F() the database subtracts from the value it holds at that moment.
// ru: С F() база вычитает из того значения, которое хранит в этот момент.
// es: Con F(), la base de datos resta del valor que guarda en ese preciso momento.
Product.objects.filter({ pk: product.pk }).update({ stock: 10 });
Product.objects.filter({ pk: product.pk }).update({ stock: models.F('stock').sub(1) });
Product.objects.filter({ pk: product.pk }).update({ stock: models.F('stock').sub(1) });
print('two sales, F() ->', Product.objects.get({ pk: product.pk }).stock);

// en: On an instance: assign the expression, save, and read the new value (Django 6.0+).
// ru: На экземпляре: присваиваем выражение, сохраняем и читаем новое значение (Django 6.0+).
// es: En una instancia: se asigna la expresión, se guarda y se lee el valor nuevo (Django 6.0+).
a.stock = models.F('stock').sub(1) as never;
a.save();
print('instance after save ->', a.stock);
