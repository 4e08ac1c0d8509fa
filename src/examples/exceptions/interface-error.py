# @database postgresql
from django.db import DatabaseError, Error, InterfaceError, connection

# en: A cursor used after it was closed: psycopg raises its InterfaceError, Django re-raises its own.
# ru: Курсор использован после закрытия: psycopg выбрасывает свой InterfaceError, Django — свой.
# es: Un cursor usado después de cerrarse: psycopg lanza su InterfaceError y Django vuelve a lanzar la suya.
cursor = connection.cursor()
cursor.close()
try:
    cursor.execute("SELECT 1")
except Error as error:
    print(repr(error), "cause:", repr(error.__cause__))
    # en: Not a DatabaseError: an except DatabaseError clause lets it through.
    # ru: Это не DatabaseError: блок except DatabaseError его пропустит.
    # es: No es una DatabaseError: una cláusula except DatabaseError la deja pasar.
    print(
        "DatabaseError?",
        isinstance(error, DatabaseError),
        "| InterfaceError?",
        isinstance(error, InterfaceError),
    )
