// django.db.models.signals
import { apps as default_apps, type Apps } from '../../apps/registry';
import { Signal, type Receiver } from '../../dispatch/dispatcher';
import { ValueError } from '../../python/exceptions';

type ModelLike = Function & { _meta: { app_label: string; model_name: string } };

/** django.db.models.utils.make_model_tuple for a string reference. */
function make_model_tuple(model: string): [string, string] {
  const parts = model.split('.');
  if (parts.length !== 2) {
    throw new ValueError(
      `Invalid model reference '${model}'. String model references must be of the form 'app_label.ModelName'.`,
    );
  }
  return [parts[0]!, parts[1]!.toLowerCase()];
}

// Operations waiting for a model named by a string sender (Apps.lazy_model_operation), per
// registry and `app_label.model_name`, run in order once the model is prepared.
const pending = new WeakMap<Apps, Map<string, Array<(model: Function) => void>>>();

/** Called when a model class is prepared and registered: runs what waited for it. */
export function model_prepared(model: ModelLike, registry: Apps = default_apps): void {
  const waiting = pending.get(registry);
  const key = `${model._meta.app_label}.${model._meta.model_name}`;
  const ops = waiting?.get(key);
  if (!ops) return;
  waiting!.delete(key);
  for (const op of ops) op(model);
}

/**
 * Django's ModelSignal: a sender may be given as 'app_label.ModelName'; the (dis)connection then
 * happens once that model exists, and returns None.
 */
export class ModelSignal extends Signal {
  private lazy<R>(method: (sender: unknown) => R, sender: unknown, registry: Apps | undefined): R | null {
    if (typeof sender !== 'string') return method(sender);
    const [label, name] = make_model_tuple(sender);
    const apps = registry ?? default_apps;
    const model = apps.all_models_for(label).get(name);
    if (model) method(model);
    else {
      let waiting = pending.get(apps);
      if (!waiting) pending.set(apps, (waiting = new Map()));
      const key = `${label}.${name}`;
      waiting.set(key, [...(waiting.get(key) ?? []), (m) => void method(m)]);
    }
    return null;
  }

  override connect(
    receiver: Receiver,
    options: { sender?: unknown; weak?: boolean; dispatch_uid?: string; apps?: Apps } = {},
  ): void {
    const { apps, ...rest } = options;
    this.lazy((sender) => super.connect(receiver, { ...rest, sender }), options.sender, apps);
  }

  /** Returns whether a receiver was disconnected; null (Python's None) for a string sender. */
  override disconnect(
    receiver?: Receiver | null,
    options: { sender?: unknown; dispatch_uid?: string; apps?: Apps } = {},
  ): boolean {
    const { apps, ...rest } = options;
    return this.lazy((sender) => super.disconnect(receiver, { ...rest, sender }), options.sender, apps) as boolean;
  }
}

export const pre_init = new ModelSignal();
export const post_init = new ModelSignal();
export const pre_save = new ModelSignal();
export const post_save = new ModelSignal();
export const pre_delete = new ModelSignal();
export const post_delete = new ModelSignal();
export const m2m_changed = new ModelSignal();
export const class_prepared = new Signal();
