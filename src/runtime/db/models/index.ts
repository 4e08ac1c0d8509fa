// django.db.models: what `from django.db import models` gives a model module.
export { Model, ModelState, DEFERRED } from './base';
export type { ModelClass, Kwargs, SaveOptions, DeleteOptions, RefreshOptions, FromDbOptions } from './base';

/** Type of a `get_FOO_display()` method, for a `declare` line on the model. */
export type DisplayMethod = () => string | null;
/** Type of `get_next_by_FOO()` / `get_previous_by_FOO()`, for a `declare` line on the model. */
export type NeighbourMethod<T> = (kwargs?: Record<string, unknown>) => T;
export * from './fields/factories';
export { NOT_PROVIDED } from './constants';
export { Manager } from './manager';
export { QuerySet } from './query';
export { FETCH_ONE, FETCH_PEERS, FETCH_RAISE, FetchMode } from './fetch_modes';
export { Q } from './query_utils';
export { F, Value, CombinedExpression } from './expressions';
export {
  CASCADE,
  PROTECT,
  RESTRICT,
  SET_NULL,
  SET_DEFAULT,
  SET,
  DO_NOTHING,
  ProtectedError,
  RestrictedError,
  Collector,
} from './deletion';
export { CheckConstraint, UniqueConstraint, BaseConstraint } from './constraints';
export { Options } from './options';
export type { MetaOptions } from './options';
export * as signals from './signals';
export { ForeignObjectRel } from './fields/related';
export { ObjectDoesNotExist } from '../../core/exceptions';
