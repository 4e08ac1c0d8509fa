import { models } from 'django/db';
import { print } from 'python/builtins';

class Film extends models.Model {
  title = models.CharField({ max_length: 50 });
  year = models.IntegerField();
  plot = models.TextField();
}

Film.objects.create({ title: 'Alien', year: 1979, plot: 'In space...' });

// en: An instance loaded with only() saves just the fields it loaded...
// ru: Экземпляр, загруженный через only(), сохраняет только загруженные поля…
// es: Una instancia cargada con only() guarda únicamente los campos que cargó...
const film = Film.objects.only('title').get();
film.title = 'Alien (1979)';
film.save();

// en: ...plus any deferred field you assign.
// ru: …и те отложенные поля, которым вы присвоили значение.
// es: ...más los campos diferidos a los que se asigne un valor.
film.year = 1980;
film.save();
print(film.get_deferred_fields());
