import { models } from 'django/db';
import { Exception, print, repr } from 'python/builtins';

class Profile extends models.Model {
  nickname = models.CharField({ max_length: 30 });
  bio = models.TextField({ default: '' });
}

const signalled: string[] = [];
models.signals.pre_save.connect(({ update_fields }) => {
  signalled.push(update_fields ? [...update_fields].join(',') : 'all fields');
}, { sender: Profile });

const profile = Profile.objects.create({ nickname: 'kit' });
const loaded = Profile.objects.get({ pk: profile.pk });

// en: Only the listed columns are written.
// ru: Записываются только перечисленные столбцы.
// es: Solo se escriben las columnas de la lista.
loaded.nickname = 'kitty';
loaded.bio = 'not written';
loaded.save({ update_fields: ['nickname'] });
const row = Profile.objects.get({ pk: profile.pk });
print(row.nickname, repr(row.bio));

// en: An empty list skips the save entirely: no query, no signal.
// ru: Пустой список отменяет сохранение целиком: ни запроса, ни сигнала.
// es: Una lista vacía se salta el guardado entero: sin consulta y sin señal.
loaded.save({ update_fields: [] });
print(signalled);

for (const fields of [['id'], ['nick']]) {
  try {
    loaded.save({ update_fields: fields });
  } catch (error) {
    if (!(error instanceof Exception)) throw error;
    print(repr(error));
  }
}

// en: update_fields also forces an UPDATE: a deleted row raises NotUpdated.
// ru: update_fields тоже требует именно UPDATE: для удалённой строки это NotUpdated.
// es: update_fields fuerza además un UPDATE: si la fila se eliminó, se lanza NotUpdated.
row.delete();
try {
  loaded.save({ update_fields: ['bio'] });
} catch (error) {
  if (!(error instanceof Profile.NotUpdated)) throw error;
  print(repr(error));
}
