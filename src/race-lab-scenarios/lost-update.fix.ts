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

// en: The fix: F() lets the database subtract from the value it holds at that moment.
// ru: Исправление: с F() база вычитает из того значения, которое хранит в этот момент.
// es: La corrección: con F(), la base de datos resta del valor que tiene en ese momento.
async function sale() {
  await Product.objects.filter({ pk: 1 }).aupdate({ stock: models.F('stock').sub(1) });
}

lab.process('A', sale);
lab.process('B', sale);
lab.process('C', sale);

export default lab;
