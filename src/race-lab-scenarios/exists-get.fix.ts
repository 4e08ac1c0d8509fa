import { models } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
}

// en: Every run starts from one cart in the table.
// ru: Каждый прогон начинается с одной корзины в таблице.
// es: Cada ejecución empieza con un carrito en la tabla.
const lab = new Scheduler({ setup: () => Cart.objects.create({ items: 2 }) });

// en: The fix: no check first; get() reports the miss, and A handles it.
// ru: Исправление: без предварительной проверки; о промахе сообщает get(), и A его обрабатывает.
// es: La corrección: sin comprobación previa; get() avisa de que falta la fila y A lo trata.
lab.process('A', async () => {
  try {
    return await Cart.objects.aget({ pk: 1 });
  } catch (error) {
    if (!(error instanceof Cart.DoesNotExist)) throw error;
    return null;
  }
});

// en: Process B, a clean-up job, deletes the cart.
// ru: Процесс B, задача очистки, удаляет корзину.
// es: El proceso B, una tarea de limpieza, elimina el carrito.
lab.process('B', async () => {
  await Cart.objects.filter({ pk: 1 }).adelete();
});

export default lab;
