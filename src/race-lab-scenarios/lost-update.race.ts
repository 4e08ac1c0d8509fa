import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';
import { AssertionError } from 'python/builtins';

class Product extends models.Model {
  stock = models.IntegerField({ default: 0 });
}

// en: Ten in stock; after three sales, seven must be left.
// ru: На складе десять; после трёх продаж должно остаться семь.
// es: Diez unidades en existencias; tras tres ventas deben quedar siete.
const lab = new Scheduler({
  setup: () => Product.objects.create({ stock: 10 }),
  check: () => {
    const stock = Product.objects.get({ pk: 1 }).stock;
    if (stock !== 7) throw new AssertionError(`three sales left stock at ${stock}`);
  },
});

// en: Each sale reads the stock, subtracts one in Python and saves the result.
// ru: Каждая продажа читает остаток, вычитает единицу в Python и сохраняет результат.
// es: Cada venta lee las existencias, resta uno en Python y guarda el resultado.
async function sale() {
  const product = await Product.objects.aget({ pk: 1 });
  product.stock -= 1;
  await product.asave();
}

lab.process('A', sale);
lab.process('B', sale);
lab.process('C', sale);

export default lab;
