import { models } from 'django/db';
import { cache } from 'django/core/cache';
import { clock } from 'sandbox/clock';
import { print, repr } from 'python/builtins';

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
}

function cachedCart(pk: number): Cart {
  const hit = cache.get<Cart>(`cart:${pk}`);
  if (hit !== null) return hit;
  const cart = Cart.objects.get({ pk });
  cache.set(`cart:${pk}`, cart);
  return cart;
}

const pk = Cart.objects.create({ items: 1 }).pk as number;
print('A: first request ->', repr(cachedCart(pk)));

// en: Process B deletes the row but leaves the cache entry behind.
// ru: Процесс B удаляет строку, но оставляет запись в кеше.
// es: El proceso B elimina la fila, pero deja la entrada en la caché.
Cart.objects.filter({ pk }).delete();

// en: Request A is served from the cache: no error, and a cart that no longer exists.
// ru: Запрос A обслуживается из кеша: ошибки нет, а корзины уже не существует.
// es: La petición A se sirve desde la caché: sin error, y con un carrito que ya no existe.
const stale = cachedCart(pk);
print('A: from cache ->', repr(stale));

// en: The failure surfaces later, at the first step that touches the row.
// ru: Сбой проявляется позже, на первом шаге, который обращается к строке.
// es: El fallo sale a la luz más tarde, en el primer paso que toca la fila.
stale.items = 3;
try {
  stale.save({ update_fields: ['items'] });
} catch (error) {
  if (!(error instanceof Cart.NotUpdated)) throw error;
  print('A: save(update_fields) ->', repr(error));
}
try {
  stale.refresh_from_db();
} catch (error) {
  if (!(error instanceof Cart.DoesNotExist)) throw error;
  print('A: refresh_from_db() ->', repr(error));
}

// en: The entry lives for the default timeout of 300 seconds; only then does the miss reach the database.
// ru: Запись живёт положенные по умолчанию 300 секунд; только после этого промах доходит до базы данных.
// es: La entrada dura el tiempo de expiración predeterminado de 300 segundos; solo entonces el fallo de caché lleva la consulta a la base de datos.
clock.advance(299);
print('A: 299 s later ->', repr(cachedCart(pk)));
clock.advance(1);
try {
  cachedCart(pk);
} catch (error) {
  if (!(error instanceof Cart.DoesNotExist)) throw error;
  print('A: 300 s later ->', repr(error));
}

// en: The fix: whoever deletes the row also deletes its cache entry.
// ru: Исправление: тот, кто удаляет строку, удаляет и её запись в кеше.
// es: La corrección: quien elimina la fila también elimina su entrada de la caché.
function deleteCart(cartPk: number): void {
  Cart.objects.filter({ pk: cartPk }).delete();
  cache.delete(`cart:${cartPk}`);
}
const pk2 = Cart.objects.create({ items: 1 }).pk as number;
cachedCart(pk2);
deleteCart(pk2);
print('A: after invalidation ->', Cart.objects.filter({ pk: pk2 }).first());
