import tempfile

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

# en: A fresh, empty media folder, like the in-browser storage's.
# ru: Свежий пустой каталог для медиафайлов, как у хранилища в браузере.
# es: Una carpeta de medios nueva y vacía, como la del almacenamiento del navegador.
settings.MEDIA_ROOT = tempfile.mkdtemp()

# en: Names built from user input must stay inside the storage's directory.
# ru: Имена из пользовательского ввода должны оставаться внутри каталога хранилища.
# es: Los nombres construidos a partir de la entrada del usuario deben quedarse dentro del directorio del almacenamiento.
for name in ["avatars/ada.png", "../settings.py", "/etc/passwd"]:
    try:
        print("saved as", default_storage.save(name, ContentFile("data")))
    except SuspiciousFileOperation as error:
        print(repr(error))
