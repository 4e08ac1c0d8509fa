// django.core.exceptions: Django's core exception classes. Each class's Python __module__ is
// "django.core.exceptions" and its base is the one Django declares (see the facts, section 2).

import { Exception, pythonClass } from '../python/exceptions';
import { NON_FIELD_ERRORS, ValidationError } from './validation_error';

export { NON_FIELD_ERRORS, ValidationError };
export type { ErrorDict, ValidationErrorOptions, ValidationMessage, ValidationParams } from './validation_error';

/** The field exists on no model class: `_meta.get_field()` failed. */
export class FieldDoesNotExist extends Exception {}
/** django.apps was used before app loading finished. */
export class AppRegistryNotReady extends Exception {}

/** Base of every Model.DoesNotExist. */
export class ObjectDoesNotExist extends Exception {
  /** Templates render an empty string instead of raising. */
  static silent_variable_failure = true;
}

/** Base of every Model.NotUpdated (new in Django 6.0). */
export class ObjectNotUpdated extends Exception {}
/** Base of every Model.MultipleObjectsReturned. */
export class MultipleObjectsReturned extends Exception {}

/** The user did something suspicious; the request handler answers 400. */
export class SuspiciousOperation extends Exception {}
export class SuspiciousMultipartForm extends SuspiciousOperation {}
export class SuspiciousFileOperation extends SuspiciousOperation {}
export class DisallowedHost extends SuspiciousOperation {}
export class DisallowedRedirect extends SuspiciousOperation {}
export class TooManyFieldsSent extends SuspiciousOperation {}
export class TooManyFilesSent extends SuspiciousOperation {}
export class RequestDataTooBig extends SuspiciousOperation {}

export class RequestAborted extends Exception {}
export class BadRequest extends Exception {}
export class PermissionDenied extends Exception {}
export class ViewDoesNotExist extends Exception {}
export class MiddlewareNotUsed extends Exception {}
export class ImproperlyConfigured extends Exception {}
/** A problem with a model field: clashes, bad lookups, bad names in order_by, ... */
export class FieldError extends Exception {}
/** A field fetch was refused by the FETCH_RAISE fetch mode (new in Django 6.1). */
export class FieldFetchBlocked extends FieldError {}
/** A query can never return rows. */
export class EmptyResultSet extends Exception {}
/** A query condition matches every row. */
export class FullResultSet extends Exception {}
export class SynchronousOnlyOperation extends Exception {}

for (const cls of [
  FieldDoesNotExist,
  AppRegistryNotReady,
  ObjectDoesNotExist,
  ObjectNotUpdated,
  MultipleObjectsReturned,
  SuspiciousOperation,
  SuspiciousMultipartForm,
  SuspiciousFileOperation,
  DisallowedHost,
  DisallowedRedirect,
  TooManyFieldsSent,
  TooManyFilesSent,
  RequestDataTooBig,
  RequestAborted,
  BadRequest,
  PermissionDenied,
  ViewDoesNotExist,
  MiddlewareNotUsed,
  ImproperlyConfigured,
  FieldError,
  FieldFetchBlocked,
  ValidationError,
  EmptyResultSet,
  FullResultSet,
  SynchronousOnlyOperation,
]) {
  pythonClass(cls, 'django.core.exceptions');
}
