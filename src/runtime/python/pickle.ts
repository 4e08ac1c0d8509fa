// Python's pickle for model instances: dumps() stores the instance state (with Django's version
// stamp) as text; loads() finds the model class by its label and restores the state without
// calling the constructor, so no signals fire and `_state` comes back as it was.
import { apps } from '../apps/registry';
import { date, datetime, timedelta } from './datetime';
import { Decimal } from './decimal';
import { UUID } from './uuid';
import { isTuple, tuple } from './types';
import { ValueError } from './exceptions';
import { newInstance, type Model, type ModelClass } from '../db/models/base';

interface Reducible {
  __reduce__(): [string, Record<string, unknown>];
  __setstate__(state: Record<string, unknown>): void;
}

const MODEL = '$model';

function encode(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') {
    if (typeof value === 'bigint') return { $int: value.toString() };
    return value;
  }
  if (value instanceof datetime) return { $datetime: value.isoformat() };
  if (value instanceof date) return { $date: value.isoformat() };
  if (value instanceof Decimal) return { $decimal: String(value) };
  if (value instanceof UUID) return { $uuid: value.hex };
  if (value instanceof timedelta) return { $timedelta: [value.days, value.seconds, value.microseconds] };
  if (isTuple(value)) return { $tuple: (value as unknown[]).map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  if (value instanceof Set) return { $set: [...value].map(encode) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (typeof (value as Partial<Reducible>).__reduce__ === 'function') {
    const [label, state] = (value as Reducible).__reduce__();
    return { [MODEL]: label, state: encode(state) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = encode(v);
  return out;
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  const v = value as Record<string, unknown>;
  if ('$datetime' in v) return datetime.fromisoformat(v.$datetime as string);
  if ('$date' in v) return date.fromisoformat(v.$date as string);
  if ('$decimal' in v) return new Decimal(v.$decimal as string);
  if ('$uuid' in v) return new UUID(v.$uuid as string);
  if ('$int' in v) return BigInt(v.$int as string);
  if ('$timedelta' in v) {
    const [days, seconds, microseconds] = v.$timedelta as number[];
    return new timedelta({ days: days!, seconds: seconds!, microseconds: microseconds! });
  }
  if ('$tuple' in v) return tuple(...(v.$tuple as unknown[]).map(decode));
  if ('$set' in v) return new Set((v.$set as unknown[]).map(decode));
  if ('$map' in v) return new Map((v.$map as Array<[unknown, unknown]>).map(([k, x]) => [decode(k), decode(x)]));
  if (MODEL in v) {
    const [app_label, model_name] = String(v[MODEL]).split('.', 2);
    let cls: ModelClass;
    try {
      cls = apps.get_registered_model(app_label!, model_name!) as ModelClass;
    } catch {
      throw new ValueError(`No installed model with label '${v[MODEL]}'.`);
    }
    // model_unpickle(): cls.__new__(cls), then __setstate__; __init__ is not called.
    const instance = newInstance(cls) as Model & Reducible;
    instance.__setstate__(decode(v.state) as Record<string, unknown>);
    return instance;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = decode(x);
  return out;
}

/** pickle.dumps(obj): a string standing for Python's bytes. */
export function dumps(value: unknown): string {
  return JSON.stringify(encode(value));
}

/** pickle.loads(data): rebuilds the value; model instances go through __setstate__. */
export function loads(data: string): any {
  return decode(JSON.parse(data));
}
