import { models, transaction } from 'django/db';
import { Scheduler } from 'sandbox/scheduler';
import { print } from 'python/builtins';

class Order extends models.Model {
  status = models.CharField({ max_length: 10, default: 'new' });
}

// en: Read, decide and write under the row lock; a missing row is still a DoesNotExist.
// ru: Читаем, решаем и записываем под блокировкой строки; пропавшая строка по-прежнему даёт DoesNotExist.
// es: Leer, decidir y escribir bajo el bloqueo de la fila; una fila ausente sigue siendo una DoesNotExist.
function pay(who: string, pk: number) {
  return transaction.atomic(async () => {
    let order: Order;
    try {
      order = await Order.objects.select_for_update().aget({ pk });
    } catch (error) {
      if (!(error instanceof Order.DoesNotExist)) throw error;
      return 'no such order';
    }
    if (order.status === 'paid') return `${who}: already paid, nothing to do`;
    order.status = 'paid';
    await order.asave({ update_fields: ['status'] });
    return `${who}: paid`;
  });
}

// en: Two requests pay the same order; the scheduler lets A take the lock first.
// ru: Два запроса оплачивают один и тот же заказ; планировщик пускает A к блокировке первым.
// es: Dos peticiones pagan el mismo pedido; el planificador deja que A tome el bloqueo primero.
const lab = new Scheduler({ setup: () => Order.objects.create() });
lab.process('A', () => pay('A', 1));
lab.process('B', () => pay('B', 1));
const run = await lab.run({ schedule: ['A', 'A', 'B', 'B', 'A', 'A'] });
print(run.format({ state: false }));

// en: B waited for A's COMMIT and then read the new status.
// ru: B дождался COMMIT процесса A и затем прочитал новый статус.
// es: B esperó al COMMIT de A y, a continuación, leyó el estado nuevo.
print(run.outcomes.A!.value);
print(run.outcomes.B!.value);
