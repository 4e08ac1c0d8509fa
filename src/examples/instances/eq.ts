import { models } from 'django/db';
import { print } from 'python/builtins';
import { eq } from 'python/operator';

class Animal extends models.Model {
  name = models.CharField({ max_length: 30 });
}

class AnimalProxy extends Animal {
  static Meta = { proxy: true };
}

class Dog extends Animal {
  breed = models.CharField({ max_length: 30 });
}

// en: Same concrete class and same primary key: equal, whatever the other fields say.
// ru: Один конкретный класс и один первичный ключ — равны, что бы ни было в остальных полях.
// es: Misma clase concreta y misma clave primaria: iguales, digan lo que digan los demás campos.
print(eq(new Animal({ id: 1, name: 'Rex' }), new Animal({ id: 1, name: 'Tom' })));

// en: A proxy shares its concrete class; a multi-table child is a class of its own.
// ru: У прокси-модели тот же конкретный класс, а у потомка при многотабличном наследовании — свой.
// es: Un proxy comparte su clase concreta; un hijo con herencia multitabla tiene clase propia.
print(eq(new Animal({ id: 1 }), new AnimalProxy({ id: 1 })));
print(eq(new Animal({ id: 1 }), new Dog({ id: 1 })));

// en: Without a primary key an instance equals only itself.
// ru: Без первичного ключа экземпляр равен только самому себе.
// es: Una instancia sin clave primaria solo es igual a sí misma.
const unsaved = new Animal({ name: 'Rex' });
print(eq(unsaved, new Animal({ name: 'Rex' })), eq(unsaved, unsaved));

// en: A value that is not a model instance is never equal.
// ru: Значение, не являющееся экземпляром модели, никогда не равно экземпляру.
// es: Un valor que no es una instancia de modelo nunca resulta igual.
print(eq(new Animal({ id: 1 }), 1));

// en: An instance loaded with only() equals its fully loaded twin.
// ru: Экземпляр, загруженный через only(), равен полностью загруженному.
// es: Una instancia cargada con only() es igual a la misma instancia cargada por completo.
const rex = Animal.objects.create({ name: 'Rex' });
print(eq(Animal.objects.only('id').get({ pk: rex.pk }), rex));
