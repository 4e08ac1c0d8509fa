import { SessionStore } from 'django/contrib/sessions/backends/file';
import { InvalidSessionKey } from 'django/contrib/sessions/exceptions';
import { print, repr } from 'python/builtins';

// en: A session key from a cookie becomes a file name, so odd characters are refused.
// ru: Ключ сессии из cookie становится именем файла, поэтому странные символы отвергаются.
// es: La clave de sesión de una cookie se convierte en nombre de archivo, así que los caracteres raros se rechazan.
const store = new SessionStore();
try {
  store.exists('../../etc/passwd');
} catch (error) {
  if (!(error instanceof InvalidSessionKey)) throw error;
  print(repr(error));
}

// en: Loading a session with such a key quietly starts a fresh, empty session.
// ru: Загрузка сессии с таким ключом тихо начинает новую, пустую сессию.
// es: Cargar una sesión con una clave así inicia sin avisar una sesión nueva y vacía.
const tampered = new SessionStore('../../etc/passwd');
print(tampered.get('user_id'), tampered.session_key);
