import { models } from 'django/db';
import { print } from 'python/builtins';

class Customer extends models.Model {
  name = models.CharField({ max_length: 50 });
}
class Invoice extends models.Model {
  number = models.CharField({ max_length: 10 });
  customer = models.ForeignKey(Customer, { on_delete: models.PROTECT });
}

const acme = Customer.objects.create({ name: 'Acme' });
Invoice.objects.create({ number: 'F-1', customer: acme });
Invoice.objects.create({ number: 'F-2', customer: acme });

// en: PROTECT stops the delete before anything is removed.
// ru: PROTECT останавливает удаление до того, как что-либо удалено.
// es: PROTECT detiene la eliminación antes de que se elimine nada.
try {
  acme.delete();
} catch (error) {
  if (!(error instanceof models.ProtectedError)) throw error;
  print(error.args[0]);
  // en: protected_objects tells you what stands in the way.
  // ru: protected_objects показывает, что мешает удалению.
  // es: protected_objects indica qué es lo que lo impide.
  print(error.protected_objects);
}
print(Customer.objects.count(), Invoice.objects.count());
