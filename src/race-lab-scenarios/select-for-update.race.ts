import { models, transaction } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';
import { AssertionError } from 'python/builtins';

class Product extends models.Model {
  stock = models.IntegerField({ default: 0 });
}

// en: Ten in stock; after two sales, eight must be left.
// ru: На складе десять; после двух продаж должно остаться восемь.
// es: Diez unidades en existencias; tras dos ventas deben quedar ocho.
const lab = new Scheduler({
  setup: () => Product.objects.create({ stock: 10 }),
  check: () => {
    const stock = Product.objects.get({ pk: 1 }).stock;
    if (stock !== 8) throw new AssertionError(`two sales left stock at ${stock}`);
  },
});

// en: atomic() alone: both transactions read 10, and one sale is lost.
// ru: Один atomic(): обе транзакции читают 10, и одна продажа теряется.
// es: Solo atomic(): las dos transacciones leen 10, y se pierde una venta.
function sale() {
  return transaction.atomic(async () => {
    const product = await Product.objects.aget({ pk: 1 });
    product.stock -= 1;
    await product.asave();
  });
}

lab.process('A', sale);
lab.process('B', sale);

export default lab;
