// Django 6.1's fetch modes: what happens when code reads a field or related object that a
// queryset did not load. FETCH_ONE (the default) runs one query for that instance; FETCH_PEERS
// runs one query for every instance the same queryset returned; FETCH_RAISE refuses with
// FieldFetchBlocked ("Fetching of Primary.value blocked."), which makes N+1 queries visible.

import { FieldFetchBlocked } from '../../core/exceptions';
import { setPythonName } from '../../python/names';

// Django's fetch modes are singletons of three classes (FetchOne, FetchPeers, FetchRaise) with
// no __repr__ of their own: repr() gives Python's default "<...FetchOne object at 0x...>", and
// code tells them apart with `is` or by their class. `name` is the runtime's own label.
export class FetchMode {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  toString(): string {
    return this.name;
  }
}

export class FetchOne extends FetchMode {}
export class FetchPeers extends FetchMode {}
export class FetchRaise extends FetchMode {}
for (const cls of [FetchMode, FetchOne, FetchPeers, FetchRaise]) setPythonName(cls, { module: 'django.db.models.fetch_modes' });

export const FETCH_ONE = new FetchOne('FETCH_ONE');
export const FETCH_PEERS = new FetchPeers('FETCH_PEERS');
export const FETCH_RAISE = new FetchRaise('FETCH_RAISE');

/** Raised by FETCH_RAISE when `Model.field` would be fetched. */
export function fetchBlocked(modelName: string, fieldName: string): FieldFetchBlocked {
  const error = new FieldFetchBlocked(`Fetching of ${modelName}.${fieldName} blocked.`);
  // Django raises it `from None`: no cause, and the context is suppressed.
  Object.defineProperty(error, '__suppress_context__', { value: true, writable: true, configurable: true, enumerable: false });
  return error;
}
