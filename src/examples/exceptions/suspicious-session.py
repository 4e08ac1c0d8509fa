from django.contrib.sessions.backends.file import SessionStore

session = SessionStore()
session["user_id"] = 1
session.save()

# en: Someone edits the stored session data; its signature no longer matches.
# ru: Кто-то правит сохранённые данные сессии; подпись больше не сходится.
with open(session._key_to_file(), "a") as file:
    file.write("x")

# en: Django logs the event under django.security.SuspiciousSession and starts afresh.
# ru: Django пишет событие в django.security.SuspiciousSession и начинает сессию заново.
print(SessionStore(session.session_key).get("user_id"))
