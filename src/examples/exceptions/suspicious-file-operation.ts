import { ContentFile } from 'django/core/files/base';
import { default_storage } from 'django/core/files/storage';
import { SuspiciousFileOperation } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

// en: Names built from user input must stay inside the storage's directory.
// ru: Имена из пользовательского ввода должны оставаться внутри каталога хранилища.
// es: Los nombres construidos a partir de la entrada del usuario deben quedarse dentro del directorio del almacenamiento.
for (const name of ['avatars/ada.png', '../settings.py', '/etc/passwd']) {
  try {
    print('saved as', default_storage.save(name, new ContentFile('data')));
  } catch (error) {
    if (!(error instanceof SuspiciousFileOperation)) throw error;
    print(repr(error));
  }
}
