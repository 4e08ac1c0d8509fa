import { models } from 'django/db';
import { AdminSite } from 'django/contrib/admin';
import { DisallowedModelAdminToField } from 'django/contrib/admin/exceptions';
import { RequestFactory } from 'django/test';
import { print, repr } from 'python/builtins';

class Customer extends models.Model {
  name = models.CharField({ max_length: 50 });
  api_token = models.CharField({ max_length: 64 });
}
class Order extends models.Model {
  customer = models.ForeignKey(Customer, { on_delete: models.CASCADE });
}

const site = new AdminSite();
site.register(Customer);
site.register(Order);
const customerAdmin = site.get_model_admin(Customer);

function changelist(to_field: string) {
  const request = new RequestFactory().get('/admin/app/customer/', { _popup: '1', _to_field: to_field });
  return customerAdmin.get_changelist_instance(request);
}

// en: The pop-up for Order.customer may return customers' ids; no relation targets api_token.
// ru: Всплывающее окно для Order.customer может вернуть id клиентов; на api_token не ссылается ни одна связь.
// es: La ventana emergente de Order.customer puede devolver id de clientes; ninguna relación apunta a api_token.
print(changelist('id').to_field);
try {
  changelist('api_token');
} catch (error) {
  if (!(error instanceof DisallowedModelAdminToField)) throw error;
  print(repr(error));
}
