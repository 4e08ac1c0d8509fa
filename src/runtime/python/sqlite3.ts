// The driver exceptions of Python's sqlite3 module. Django's DatabaseErrorWrapper re-raises them
// as django.db's classes with the same args, chained `from` the driver error, so an
// IntegrityError's `__cause__` is a `sqlite3.IntegrityError` with SQLite's own text.
import { Exception, pythonClass } from './exceptions';

export class Error extends Exception {}
export class Warning extends Exception {}
export class InterfaceError extends Error {}
export class DatabaseError extends Error {}
export class DataError extends DatabaseError {}
export class OperationalError extends DatabaseError {}
export class IntegrityError extends DatabaseError {}
export class InternalError extends DatabaseError {}
export class ProgrammingError extends DatabaseError {}
export class NotSupportedError extends DatabaseError {}

for (const cls of [
  Error,
  Warning,
  InterfaceError,
  DatabaseError,
  DataError,
  OperationalError,
  IntegrityError,
  InternalError,
  ProgrammingError,
  NotSupportedError,
]) {
  pythonClass(cls, 'sqlite3');
}
