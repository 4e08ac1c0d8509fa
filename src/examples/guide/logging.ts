import { models } from 'django/db';
import { getLogger } from 'python/logging';
import { print } from 'python/builtins';

const logger = getLogger('shop.carts');

class Cart extends models.Model {
  owner = models.CharField({ max_length: 30 });
}

// en: Log what you need to replay the miss: the id, the user and the exception.
// ru: Записываем в журнал всё, что нужно, чтобы повторить промах: id, пользователя и исключение.
// es: Registrar todo lo que hace falta para reproducir la consulta fallida: el id, el usuario y la excepción.
function loadCart(pk: number, user: string): Cart | null {
  try {
    return Cart.objects.get({ pk });
  } catch (error) {
    if (!(error instanceof Cart.DoesNotExist)) throw error;
    logger.warning('cart %s not found for user %s: %r', pk, user, error);
    return null;
  }
}

print(loadCart(7, 'ann'));
