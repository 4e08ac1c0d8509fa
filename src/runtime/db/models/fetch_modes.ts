// Django 6.1's fetch modes: what happens when code reads a field or related object that a
// queryset did not load. FETCH_ONE (the default) runs one query for that instance; FETCH_PEERS
// runs one query for every instance the same queryset returned; FETCH_RAISE refuses with
// FieldFetchBlocked ("Fetching of Primary.value blocked."), which makes N+1 queries visible.

import { FieldFetchBlocked } from '../../core/exceptions';

export class FetchMode {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  __repr__(): string {
    return this.name;
  }
  toString(): string {
    return this.name;
  }
}

export const FETCH_ONE = new FetchMode('FETCH_ONE');
export const FETCH_PEERS = new FetchMode('FETCH_PEERS');
export const FETCH_RAISE = new FetchMode('FETCH_RAISE');

/** Raised by FETCH_RAISE when `Model.field` would be fetched. */
export function fetchBlocked(modelName: string, fieldName: string): FieldFetchBlocked {
  return new FieldFetchBlocked(`Fetching of ${modelName}.${fieldName} blocked.`);
}
