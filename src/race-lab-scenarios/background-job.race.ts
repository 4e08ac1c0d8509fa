import { models } from 'django/db';
import { Scheduler, step } from 'sandbox/scheduler';

class Order extends models.Model {
  status = models.CharField({ max_length: 10, default: 'new' });
}

// en: Every run starts from one new order.
// ru: Каждый прогон начинается с одного нового заказа.
// es: Cada ejecución empieza con un pedido nuevo.
const lab = new Scheduler({ setup: () => Order.objects.create() });

// en: The request loads the order early, works for a while, and reloads it at the end.
// ru: Запрос загружает заказ в начале, долго работает и перечитывает его в конце.
// es: La petición carga el pedido al principio, trabaja un rato y lo vuelve a cargar al final.
lab.process('request', async () => {
  const order = await Order.objects.filter({ pk: 1 }).afirst();
  if (order === null) return 'no order';
  await step('long work');
  await order.arefresh_from_db();
  return 'reloaded';
});

// en: A background job deletes the orders that are still new.
// ru: Фоновая задача удаляет заказы, которые всё ещё новые.
// es: Una tarea en segundo plano elimina los pedidos que siguen siendo nuevos.
lab.process('job', async () => {
  await Order.objects.filter({ status: 'new' }).adelete();
});

export default lab;
