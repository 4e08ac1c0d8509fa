import { models } from 'django/db';
import { Scheduler, step } from 'sandbox/scheduler';

class Order extends models.Model {
  status = models.CharField({ max_length: 10, default: 'new' });
}

// en: Every run starts from one new order.
// ru: Каждый прогон начинается с одного нового заказа.
// es: Cada ejecución empieza con un pedido nuevo.
const lab = new Scheduler({ setup: () => Order.objects.create() });

// en: The fix: one UPDATE at the end; it returns the number of rows it matched instead of raising.
// ru: Исправление: один UPDATE в конце; он возвращает число подошедших под условие строк, а не выбрасывает исключение.
// es: La corrección: un único UPDATE al final, que devuelve el número de filas que cumplieron su condición en lugar de lanzar una excepción.
lab.process('request', async () => {
  await step('long work');
  const matched = await Order.objects.filter({ pk: 1 }).aupdate({ status: 'paid' });
  return matched === 0 ? 'order removed meanwhile' : 'paid';
});

// en: A background job deletes the orders that are still new.
// ru: Фоновая задача удаляет заказы, которые всё ещё новые.
// es: Una tarea en segundo plano elimina los pedidos que siguen siendo nuevos.
lab.process('job', async () => {
  await Order.objects.filter({ status: 'new' }).adelete();
});

export default lab;
