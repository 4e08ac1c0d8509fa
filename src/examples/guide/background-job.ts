import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Order extends models.Model {
  status = models.CharField({ max_length: 10, default: 'new' });
}

const order = Order.objects.create();

// en: Request A loads the order at the start of a long request.
// ru: Запрос A загружает заказ в начале долгого запроса.
// es: La petición A carga el pedido al inicio de una petición larga.
const loaded = Order.objects.get({ pk: order.pk });

// en: Process B, a background job, cancels stale orders by deleting them.
// ru: Процесс B, фоновая задача, отменяет залежавшиеся заказы, удаляя их.
// es: El proceso B, una tarea en segundo plano, cancela los pedidos abandonados eliminándolos.
Order.objects.filter({ status: 'new' }).delete();

// en: Request A's last step reloads the order, and the row is gone.
// ru: Последний шаг запроса A перечитывает заказ, а строки уже нет.
// es: El último paso de la petición A vuelve a cargar el pedido, y la fila ya no está.
try {
  loaded.refresh_from_db();
} catch (error) {
  if (!(error instanceof Order.DoesNotExist)) throw error;
  print('A: refresh_from_db() ->', repr(error));
}

// en: A single UPDATE avoids the read: it reports how many rows its condition matched.
// ru: Один UPDATE обходится без чтения и сообщает, сколько строк подошло под условие.
// es: Un único UPDATE se ahorra la lectura: informa de cuántas filas cumplieron su condición.
const matched = Order.objects.filter({ pk: loaded.pk }).update({ status: 'paid' });
print('A: update() matched', matched, 'rows');
if (matched === 0) print('A: the order was removed meanwhile; tell the user');
