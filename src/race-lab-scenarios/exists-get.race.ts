import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
}

// en: Every run starts from one cart in the table.
// ru: Каждый прогон начинается с одной корзины в таблице.
// es: Cada ejecución empieza con un carrito en la tabla.
const lab = new Scheduler({ setup: () => Cart.objects.create({ items: 2 }) });

// en: Request A checks that the cart is there, then fetches it.
// ru: Запрос A проверяет, что корзина на месте, затем получает её.
// es: La petición A comprueba que el carrito está ahí y luego lo obtiene.
lab.process('A', async () => {
  if (await Cart.objects.filter({ pk: 1 }).aexists()) return Cart.objects.aget({ pk: 1 });
  return null;
});

// en: Process B, a clean-up job, deletes the cart.
// ru: Процесс B, задача очистки, удаляет корзину.
// es: El proceso B, una tarea de limpieza, elimina el carrito.
lab.process('B', async () => {
  await Cart.objects.filter({ pk: 1 }).adelete();
});

export default lab;
