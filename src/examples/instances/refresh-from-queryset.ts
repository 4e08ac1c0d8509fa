import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Shop extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class LiveManager extends models.Manager<Order> {
  override get_queryset(): models.QuerySet<Order> {
    return super.get_queryset().filter({ removed: false });
  }
}

class Order extends models.Model {
  number = models.IntegerField();
  removed = models.BooleanField({ default: false });
  shop = models.ForeignKey(Shop, { on_delete: models.CASCADE });
  static override objects = new models.Manager(this);
  static live = new LiveManager(this);
}

const shop = Shop.objects.create({ name: 'Corner' });
const order = Order.objects.create({ number: 7, shop });

// en: Reload the order and its shop with one query; the shop stays cached.
// ru: Перечитываем заказ вместе с магазином одним запросом; магазин остаётся в кеше.
// es: Recargar el pedido y su tienda con una consulta; la tienda queda en caché.
order.refresh_from_db({ from_queryset: Order.objects.select_related('shop') });
print(order.shop.name);

// en: Through a manager that hides soft-deleted rows, a removed order is not found.
// ru: Через менеджер, скрывающий «мягко» удалённые строки, удалённый заказ не находится.
// es: A través de un gestor que oculta las filas con eliminación lógica, el pedido eliminado no aparece.
Order.objects.filter({ pk: order.pk }).update({ removed: true });
try {
  order.refresh_from_db({ from_queryset: Order.live.all() });
} catch (error) {
  if (!(error instanceof Order.DoesNotExist)) throw error;
  print(repr(error));
}
