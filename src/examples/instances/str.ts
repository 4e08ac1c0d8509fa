import { models } from 'django/db';
import { print, repr, str } from 'python/builtins';

class Plain extends models.Model {
  name = models.CharField({ max_length: 30 });
}

class Person extends models.Model {
  given_name = models.CharField({ max_length: 40 });
  family_name = models.CharField({ max_length: 40 });

  override __str__(): string {
    return `${this.given_name} ${this.family_name}`;
  }
}

// en: Without __str__(): the class name and the primary key.
// ru: Без __str__(): имя класса и первичный ключ.
// es: Sin definir __str__(): nombre de la clase y clave primaria.
const plain = new Plain({ name: 'x' });
print(str(plain));
plain.save();
print(str(plain), repr(plain));

// en: With it, str() and repr() read like the object.
// ru: С ним str() и repr() описывают сам объект.
// es: Con él, str() y repr() hablan del objeto en sí.
const grace = new Person({ given_name: 'Grace', family_name: 'Hopper' });
print(str(grace), repr(grace));
