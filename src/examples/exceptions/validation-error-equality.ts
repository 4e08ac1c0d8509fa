import { NON_FIELD_ERRORS, ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';
import { eq } from 'python/operator';

// en: Two errors are equal when message, code and params match; params order does not matter.
// ru: Ошибки равны, если совпадают сообщение, код и params; порядок params не важен.
// es: Dos errores son iguales si coinciden message, code y params; el orden de params da igual.
const a = new ValidationError('%(a)s and %(b)s', { code: 'pair', params: { a: 1, b: 2 } });
const b = new ValidationError('%(a)s and %(b)s', { code: 'pair', params: { b: 2, a: 1 } });
print(eq(a, b));
// en: The code counts, and so does the form: one error is not a list holding it.
// ru: Код учитывается, как и вид ошибки: одна ошибка не равна списку из неё же.
// es: Cuenta el código, y también la forma: un error no equivale a una lista que lo contenga.
print(eq(new ValidationError('x'), new ValidationError('x', { code: 'other' })));
print(eq(new ValidationError('x'), new ValidationError(['x'])));
print(eq(new ValidationError(['x', 'y']), new ValidationError(['y', 'x'])));
// en: Within one field of a dict-style error, though, the order of the messages counts.
// ru: А вот внутри одного поля ошибки-словаря порядок сообщений учитывается.
// es: Sin embargo, dentro de un mismo campo de un error en forma de diccionario, el orden de los mensajes cuenta.
print(eq(new ValidationError({ name: ['a', 'b'] }), new ValidationError({ name: ['b', 'a'] })));

// en: update_error_dict() merges into a dict you collect errors in.
// ru: update_error_dict() добавляет ошибки в словарь, где вы их собираете.
// es: update_error_dict() fusiona en un diccionario donde se reúnen los errores.
const collected: Record<string, unknown[]> = {};
new ValidationError({ name: 'Required.' }).update_error_dict(collected);
new ValidationError('Try again later.').update_error_dict(collected);
print(Object.keys(collected), NON_FIELD_ERRORS in collected);
print(new ValidationError(collected).message_dict);
