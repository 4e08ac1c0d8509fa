import { models } from 'django/db';
import { AdminSite } from 'django/contrib/admin';
import { DisallowedModelAdminLookup } from 'django/contrib/admin/exceptions';
import { RequestFactory } from 'django/test';
import { print, repr } from 'python/builtins';

class Customer extends models.Model {
  name = models.CharField({ max_length: 50 });
  api_token = models.CharField({ max_length: 64 });
}
class Order extends models.Model {
  number = models.CharField({ max_length: 10 });
  customer = models.ForeignKey(Customer, { on_delete: models.CASCADE });
}

const site = new AdminSite();
site.register(Customer);
site.register(Order);
const orderAdmin = site.get_model_admin(Order);

// en: The admin's pop-up list of orders for /admin/app/order/?_popup=1&<query>.
// ru: Всплывающий список заказов в админке для /admin/app/order/?_popup=1&<query>.
// es: La lista emergente de pedidos del admin para /admin/app/order/?_popup=1&<query>.
function changelist(query: Record<string, string>) {
  const request = new RequestFactory().get('/admin/app/order/', { _popup: '1', ...query });
  return orderAdmin.get_changelist_instance(request);
}

print(changelist({ number__startswith: 'A' }).filter_params);
// en: Guessing a customer's token letter by letter through a crafted URL is refused.
// ru: Подобрать токен клиента по букве через самодельный URL не выйдет.
// es: Adivinar el token de un cliente letra a letra con una URL fabricada se rechaza.
try {
  changelist({ customer__api_token__startswith: 'a' });
} catch (error) {
  if (!(error instanceof DisallowedModelAdminLookup)) throw error;
  print(repr(error));
}
