import { models } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Customer extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Invoice extends models.Model {
  customer = models.ForeignKey(Customer, { on_delete: models.PROTECT });
}

class Region extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class Depot extends models.Model {
  region = models.ForeignKey(Region, { on_delete: models.RESTRICT });
}

function attempt(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(`${error.constructor.name}:`, error.args[0]);
  }
}

const acme = Customer.objects.create({ name: 'Acme' });
Invoice.objects.create({ customer: acme });
const north = Region.objects.create({ name: 'North' });
Depot.objects.create({ region: north });

attempt(() => acme.delete());
attempt(() => north.delete());

// en: An object that was never saved has nothing to delete.
// ru: У ни разу не сохранённого объекта нечего удалять.
// es: Un objeto que nunca se ha guardado no tiene nada que eliminar.
attempt(() => new Customer({ name: 'Ghost' }).delete());
print(repr(acme.pk), Invoice.objects.count());
