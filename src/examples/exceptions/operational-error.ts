import { models, transaction, OperationalError } from 'django/db';
import { Scheduler, step } from 'sandbox/scheduler';
import { print, repr } from 'python/builtins';

class Product extends models.Model {
  stock = models.IntegerField({ default: 0 });
}

// en: Two processes, each with its own connection. A locks the product and keeps its transaction open.
// ru: Два процесса, у каждого своё соединение. A блокирует товар и держит транзакцию открытой.
// es: Dos procesos, cada uno con su propia conexión. A bloquea el producto y deja su transacción abierta.
const lab = new Scheduler({ setup: () => Product.objects.create({ stock: 10 }) });
lab.process('A', () =>
  transaction.atomic(async () => {
    await Product.objects.select_for_update().aget({ pk: 1 });
    await step('still working');
  }),
);

// en: B asks for the same row with nowait=True: instead of waiting, the database refuses.
// ru: B запрашивает ту же строку с nowait=True: вместо ожидания база данных отказывает.
// es: B pide la misma fila con nowait=True: en lugar de esperar, la base de datos se niega.
lab.process('B', async () => {
  try {
    await transaction.atomic(async () => Product.objects.select_for_update({ nowait: true }).aget({ pk: 1 }));
  } catch (error) {
    if (!(error instanceof OperationalError)) throw error;
    print('B:', repr(error));
  }
});

const run = await lab.run({ schedule: ['A', 'A', 'B', 'B'] });
print(run.format({ state: false }));
