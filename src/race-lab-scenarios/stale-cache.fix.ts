import { models, transaction } from 'django/db';
import { cache } from 'django/core/cache';
import { Scheduler } from 'sandbox/scheduler';
import { AssertionError } from 'python/builtins';

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
}

// en: After the run, the cache must not hold a cart whose row is gone.
// ru: После прогона в кеше не должно быть корзины, строки которой уже нет.
// es: Tras la ejecución, la caché no debe contener un carrito cuya fila ya no existe.
const lab = new Scheduler({
  setup: () => Cart.objects.create({ items: 1 }),
  check: () => {
    if (cache.get('cart:1') !== null && !Cart.objects.filter({ pk: 1 }).exists())
      throw new AssertionError('the cache serves a deleted cart');
  },
});

// en: The reader fills the cache while holding the row lock, so the job cannot delete in between.
// ru: Читатель заполняет кеш, удерживая блокировку строки, и задача не может удалить её в промежутке.
// es: El lector llena la caché mientras mantiene el bloqueo de la fila, así que la tarea no puede eliminarla mientras tanto.
lab.process('reader', async () => {
  const hit = await cache.aget('cart:1');
  if (hit !== null) return hit;
  return transaction.atomic(async () => {
    const cart = await Cart.objects.select_for_update().filter({ pk: 1 }).afirst();
    if (cart !== null) await cache.aset('cart:1', cart);
    return cart;
  });
});

// en: The job locks the row, deletes it and the cache entry, then commits.
// ru: Задача блокирует строку, удаляет её и запись в кеше, затем фиксирует транзакцию.
// es: La tarea bloquea la fila, elimina la fila y la entrada de la caché, y luego confirma la transacción.
lab.process('job', () =>
  transaction.atomic(async () => {
    await Cart.objects.select_for_update().filter({ pk: 1 }).alist();
    await Cart.objects.filter({ pk: 1 }).adelete();
    await cache.adelete('cart:1');
  }),
);

export default lab;
