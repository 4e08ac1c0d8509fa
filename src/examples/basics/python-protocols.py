import pickle

from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return f"#{self.name}"


python = Tag.objects.create(name="python")
same_row = Tag.objects.get(name="python")

# en: == compares model instances by class and primary key; "is" asks for the same object.
# ru: == сравнивает экземпляры модели по классу и первичному ключу; is — тот ли это объект.
# es: == compara instancias de modelo por clase y clave primaria; el operador is comprueba si son el mismo objeto.
print(python == same_row, python is same_row)
# en: hash(), str() and repr() of a model instance.
# ru: hash(), str() и repr() экземпляра модели.
# es: hash(), str() y repr() de una instancia de modelo.
print(hash(python) == hash(same_row), str(python), repr(python))

# en: A pickled instance comes back equal to the original.
# ru: Экземпляр после pickle возвращается равным исходному.
# es: Una instancia que pasa por pickle vuelve igual a la original.
copy = pickle.loads(pickle.dumps(python))
print(copy == python, copy.name)

# en: Deleting a loaded field makes the next read fetch it from the database.
# ru: После удаления загруженного поля следующее чтение берёт его из базы.
# es: Tras eliminar un campo ya cargado, la siguiente lectura lo vuelve a pedir a la base de datos.
Tag.objects.filter(pk=python.pk).update(name="django")
del python.name
print(python.name)
