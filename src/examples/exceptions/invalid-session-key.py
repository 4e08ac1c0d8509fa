from django.contrib.sessions.backends.file import SessionStore
from django.contrib.sessions.exceptions import InvalidSessionKey

# en: A session key from a cookie becomes a file name, so odd characters are refused.
# ru: Ключ сессии из cookie становится именем файла, поэтому странные символы отвергаются.
store = SessionStore()
try:
    store.exists("../../etc/passwd")
except InvalidSessionKey as error:
    print(repr(error))

# en: Loading a session with such a key quietly starts a fresh, empty session.
# ru: Загрузка сессии с таким ключом тихо начинает новую, пустую сессию.
tampered = SessionStore("../../etc/passwd")
print(tampered.get("user_id"), tampered.session_key)
