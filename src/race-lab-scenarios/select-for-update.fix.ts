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

// en: The fix: select_for_update() locks the row; the second sale waits for the first to commit.
// ru: Исправление: select_for_update() блокирует строку; вторая продажа ждёт фиксации первой.
// es: La corrección: select_for_update() bloquea la fila; la segunda venta espera a que la primera confirme su transacción.
function sale() {
  return transaction.atomic(async () => {
    const product = await Product.objects.select_for_update().aget({ pk: 1 });
    product.stock -= 1;
    await product.asave();
  });
}

lab.process('A', sale);
lab.process('B', sale);

export default lab;
