import { models } from 'django/db';
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

// en: The reader serves the cart from the cache, or reads the row and caches it.
// ru: Читатель отдаёт корзину из кеша или читает строку и кладёт её в кеш.
// es: El lector sirve el carrito desde la caché, o lee la fila y la guarda en la caché.
lab.process('reader', async () => {
  const hit = await cache.aget('cart:1');
  if (hit !== null) return hit;
  const cart = await Cart.objects.filter({ pk: 1 }).afirst();
  if (cart !== null) await cache.aset('cart:1', cart);
  return cart;
});

// en: The first fix: the job deletes the cache entry after the row.
// ru: Первое исправление: задача удаляет запись в кеше после строки.
// es: La primera corrección: la tarea elimina la entrada de la caché después de la fila.
lab.process('job', async () => {
  await Cart.objects.filter({ pk: 1 }).adelete();
  await cache.adelete('cart:1');
});

export default lab;
