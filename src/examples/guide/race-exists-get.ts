import { models } from 'django/db';
import { print, repr } from 'python/builtins';

class Cart extends models.Model {
  items = models.IntegerField({ default: 0 });
}

const cart = Cart.objects.create({ items: 2 });

// en: Request A checks that the cart is there.
// ru: Запрос A проверяет, что корзина на месте.
// es: La petición A comprueba que el carrito está ahí.
const seen = Cart.objects.filter({ pk: cart.pk }).exists();
print('A: exists() ->', seen);

// en: Process B, a clean-up job, deletes it in between.
// ru: Процесс B, задача очистки, тем временем её удаляет.
// es: El proceso B, una tarea de limpieza, lo elimina mientras tanto.
const [deleted] = Cart.objects.filter({ pk: cart.pk }).delete();
print('B: delete() removed', deleted, 'row');

// en: Request A trusts its check and calls get().
// ru: Запрос A доверяет проверке и вызывает get().
// es: La petición A se fía de su comprobación y llama a get().
try {
  Cart.objects.get({ pk: cart.pk });
} catch (error) {
  if (!(error instanceof Cart.DoesNotExist)) throw error;
  print('A: get() ->', repr(error));
}

// en: Fix 1: skip the check and handle the miss where get() reports it.
// ru: Исправление 1: без предварительной проверки; промах обрабатываем там, где о нём сообщает get().
// es: Corrección 1: prescindir de la comprobación y tratar la fila ausente allí donde get() la notifica.
function loadCart(pk: number): Cart | null {
  try {
    return Cart.objects.get({ pk });
  } catch (error) {
    if (!(error instanceof Cart.DoesNotExist)) throw error;
    return null;
  }
}
print('fix 1 ->', loadCart(cart.pk as number));

// en: Fix 2: one query that returns None instead of raising.
// ru: Исправление 2: один запрос, который возвращает None, а не выбрасывает исключение.
// es: Corrección 2: una única consulta que devuelve None en vez de lanzar una excepción.
print('fix 2 ->', Cart.objects.filter({ pk: cart.pk }).first());
