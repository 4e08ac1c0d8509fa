// django.db's PEP 249 exception wrappers (defined in django.db.utils). Django re-raises driver
// errors as these classes with the driver's args, chained with `raise ... from`: here the driver
// error becomes the standard JS `cause`, which `__cause__` reads.

import { Exception, pythonClass } from '../python/exceptions';

/**
 * Django's `django.db.Error`. Named DatabaseErrorBase in TypeScript so it does not shadow JS's
 * global Error; also exported under its Django name `Error`.
 */
export class DatabaseErrorBase extends Exception {}
Object.defineProperty(DatabaseErrorBase, 'name', { value: 'Error', configurable: true });
export { DatabaseErrorBase as Error };

export class InterfaceError extends DatabaseErrorBase {}
export class DatabaseError extends DatabaseErrorBase {}
export class DataError extends DatabaseError {}
export class OperationalError extends DatabaseError {}
export class IntegrityError extends DatabaseError {}
export class InternalError extends DatabaseError {}
export class ProgrammingError extends DatabaseError {}
export class NotSupportedError extends DatabaseError {}

pythonClass(DatabaseErrorBase, 'django.db.utils', 'Error');
for (const cls of [
  InterfaceError,
  DatabaseError,
  DataError,
  OperationalError,
  IntegrityError,
  InternalError,
  ProgrammingError,
  NotSupportedError,
]) {
  pythonClass(cls, 'django.db.utils');
}

type DatabaseErrorClass = new (...args: unknown[]) => DatabaseErrorBase;

/**
 * What Django's DatabaseErrorWrapper does: `raise DjangoClass(*driver_error.args) from driver_error`.
 * A driver error without `args` contributes its message.
 */
export function wrapDatabaseError<C extends DatabaseErrorClass>(cls: C, driverError: unknown): InstanceType<C> {
  const args = (driverError as { args?: unknown })?.args;
  const forwarded = Array.isArray(args) ? args : driverError instanceof globalThis.Error ? [driverError.message] : [driverError];
  return new cls(...forwarded).withCause(driverError) as InstanceType<C>;
}
