from django.contrib.sessions.backends.file import SessionStore
from django.contrib.sessions.exceptions import InvalidSessionKey

# en: A session key from a cookie becomes a file name, so odd characters are refused.
# ru: Ключ сессии из cookie становится именем файла, поэтому странные символы отвергаются.
# es: La clave de sesión de una cookie se convierte en nombre de archivo, así que los caracteres raros se rechazan.
store = SessionStore()
try:
    store.exists("../../etc/passwd")
except InvalidSessionKey as error:
    print(repr(error))

# en: Loading a session with such a key quietly starts a fresh, empty session.
# ru: Загрузка сессии с таким ключом тихо начинает новую, пустую сессию.
# es: Cargar una sesión con una clave así inicia sin avisar una sesión nueva y vacía.
tampered = SessionStore("../../etc/passwd")
print(tampered.get("user_id"), tampered.session_key)
