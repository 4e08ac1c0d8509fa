from django.contrib.sessions.backends.file import SessionStore

session = SessionStore()
session["user_id"] = 1
session.save()

# en: Someone edits the stored session data; its signature no longer matches.
# ru: Кто-то правит сохранённые данные сессии; подпись больше не сходится.
# es: Alguien modifica los datos guardados de la sesión; su firma deja de coincidir.
with open(session._key_to_file(), "a") as file:
    file.write("x")

# en: Django logs the event under django.security.SuspiciousSession and starts afresh.
# ru: Django пишет событие в django.security.SuspiciousSession и начинает сессию заново.
# es: Django registra el evento en django.security.SuspiciousSession y empieza de cero.
print(SessionStore(session.session_key).get("user_id"))
