import { models } from 'django/db';
import { hash, print, repr } from 'python/builtins';
import { eq } from 'python/operator';

class Coin extends models.Model {
  year = models.IntegerField();
}

// en: The hash is the hash of the primary key...
// ru: Хеш — это хеш первичного ключа…
// es: El hash es el hash de la clave primaria...
const coin = Coin.objects.create({ year: 1921 });
print(hash(coin) === hash(coin.pk));

// en: ...so an instance without one cannot be hashed (saving would change its hash).
// ru: …поэтому экземпляр без него хешировать нельзя (иначе сохранение изменило бы хеш).
// es: ...por eso una instancia sin clave primaria no tiene hash (al guardarla, el hash cambiaría).
try {
  hash(new Coin({ year: 1964 }));
} catch (error) {
  if (!(error instanceof TypeError)) throw error;
  print(repr(error));
}

// en: Equal instances have equal hashes, as Python requires.
// ru: У равных экземпляров равные хеши, как того требует Python.
// es: Instancias iguales tienen hashes iguales, tal como pide Python.
const again = Coin.objects.get({ pk: coin.pk });
print(eq(again, coin), hash(again) === hash(coin));
