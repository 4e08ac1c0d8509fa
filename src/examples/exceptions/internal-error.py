# @database postgresql
from django.db import DatabaseError, InternalError, connection, transaction

# en: On PostgreSQL a failed statement aborts the whole transaction: the next one is refused.
# ru: В PostgreSQL неудачный запрос прерывает всю транзакцию, и следующий уже не принимается.
# es: En PostgreSQL, una sentencia fallida aborta toda la transacción: la siguiente se rechaza.
with transaction.atomic(), connection.cursor() as cursor:
    try:
        cursor.execute("SELECT 1 / 0")
    except DatabaseError:
        pass
    try:
        cursor.execute("SELECT 1")
    except InternalError as error:
        print(repr(error))
        print("cause:", repr(error.__cause__), "| DatabaseError?", isinstance(error, DatabaseError))
