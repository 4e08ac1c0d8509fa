import { SessionStore } from 'django/contrib/sessions/backends/file';
import { session_files } from 'sandbox/sessions';
import { print } from 'python/builtins';

const session = new SessionStore();
session.__setitem__('user_id', 1);
session.save();

// en: Someone edits the stored session data; its signature no longer matches.
// ru: Кто-то правит сохранённые данные сессии; подпись больше не сходится.
// es: Alguien modifica los datos guardados de la sesión; su firma deja de coincidir.
for (const [file, content] of session_files) session_files.set(file, `${content}x`);

// en: Django logs the event under django.security.SuspiciousSession and starts afresh.
// ru: Django пишет событие в django.security.SuspiciousSession и начинает сессию заново.
// es: Django registra el evento en django.security.SuspiciousSession y empieza de cero.
print(new SessionStore(session.session_key).get('user_id'));
