// django.apps.registry.Apps: the application registry. Using it before populate() has
// finished raises AppRegistryNotReady ("Apps aren't loaded yet." / "Models aren't loaded yet.").
//
// Models reach the registry through register_model(app_label, model), which model preparation
// (db/models/base.ts) calls for every concrete model, as Django's metaclass does; it is the only
// registry of models: lazy relations and unpickling look models up here too.

import { AppRegistryNotReady, ImproperlyConfigured } from '../core/exceptions';
import { LookupError, RuntimeError, ValueError } from '../python/exceptions';
import { import_module, module_exists } from '../utils/module_loading';
import { AppConfig } from './config';

export type ModelLike = Function & { _meta?: { model_name?: string; object_name?: string } };

function model_name_of(model: ModelLike): string {
  return (model._meta?.model_name ?? model.name).toLowerCase();
}

export class Apps {
  /** label -> model name -> model, filled as models are registered (even before populate). */
  private readonly all_models = new Map<string, Map<string, Function>>();
  readonly app_configs = new Map<string, AppConfig>();
  apps_ready = false;
  models_ready = false;
  ready = false;
  private loading = false;

  constructor(installed_apps: Array<string | AppConfig> | null = null) {
    if (installed_apps !== null) this.populate(installed_apps);
  }

  all_models_for(label: string): Map<string, Function> {
    let models = this.all_models.get(label);
    if (!models) {
      models = new Map();
      this.all_models.set(label, models);
    }
    return models;
  }

  /**
   * Loads the apps: app configs first (apps_ready), then their models (models_ready), then
   * each config's ready() (ready). Entries are dotted names or AppConfig instances; a name
   * registered as a module with a `default_app_config`-style `AppConfig` export uses it.
   */
  populate(installed_apps: Iterable<string | AppConfig>): void {
    if (this.ready) return;
    if (this.loading) throw new RuntimeError("populate() isn't reentrant");
    this.loading = true;
    try {
      for (const entry of installed_apps) {
        const config = typeof entry === 'string' ? Apps.create_config(entry) : entry;
        if (this.app_configs.has(config.label)) {
          throw new ImproperlyConfigured(`Application labels aren't unique, duplicates: ${config.label}`);
        }
        this.app_configs.set(config.label, config);
        config.apps = this;
      }
      const names = [...this.app_configs.values()].map((c) => c.name);
      const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
      if (duplicates.length)
        throw new ImproperlyConfigured(`Application names aren't unique, duplicates: ${[...new Set(duplicates)].join(', ')}`);
      this.apps_ready = true;
      for (const config of this.app_configs.values()) config.import_models();
      this.models_ready = true;
      for (const config of this.app_configs.values()) config.ready();
      this.ready = true;
    } finally {
      this.loading = false;
    }
  }

  /** An AppConfig for a dotted name: the module's AppConfig export if registered, else a plain one. */
  static create_config(entry: string): AppConfig {
    if (module_exists(entry)) {
      const module = import_module(entry);
      const cls = module.AppConfig ?? module.default_app_config;
      if (typeof cls === 'function') return new (cls as new (name: string) => AppConfig)(entry);
    }
    return new AppConfig(entry);
  }

  check_apps_ready(): void {
    if (!this.apps_ready) throw new AppRegistryNotReady("Apps aren't loaded yet.");
  }

  check_models_ready(): void {
    if (!this.models_ready) throw new AppRegistryNotReady("Models aren't loaded yet.");
  }

  get_app_configs(): AppConfig[] {
    this.check_apps_ready();
    return [...this.app_configs.values()];
  }

  /** The app by label; LookupError suggests the label when given the app's full name. */
  get_app_config(app_label: string): AppConfig {
    this.check_apps_ready();
    const config = this.app_configs.get(app_label);
    if (config) return config;
    let message = `No installed app with label '${app_label}'.`;
    const byName = [...this.app_configs.values()].find((c) => c.name === app_label);
    if (byName) message += ` Did you mean '${byName.label}'?`;
    throw new LookupError(message);
  }

  is_installed(app_name: string): boolean {
    this.check_apps_ready();
    return [...this.app_configs.values()].some((c) => c.name === app_name);
  }

  /** get_model('blog.Entry') or get_model('blog', 'Entry'). */
  get_model(app_label: string, model_name: string | null = null, require_ready = true): Function {
    if (require_ready) this.check_models_ready();
    else this.check_apps_ready();
    let label = app_label;
    let name = model_name;
    if (name === null) {
      const parts = app_label.split('.');
      if (parts.length < 2) throw new ValueError(`not enough values to unpack (expected 2, got ${parts.length})`);
      if (parts.length > 2) throw new ValueError('too many values to unpack (expected 2)');
      [label, name] = parts as [string, string];
    }
    const config = this.get_app_config(label);
    if (!require_ready && config.models === null) config.import_models();
    return config.get_model(name, require_ready);
  }

  get_models(): Function[] {
    this.check_models_ready();
    return [...this.app_configs.values()].flatMap((c) => c.get_models());
  }

  /**
   * Records a model class under its app label (what the model metaclass calls). A second,
   * different class with the same name in the same app is a RuntimeError, as in Django.
   */
  register_model(app_label: string, model: ModelLike): void {
    const models = this.all_models_for(app_label);
    const name = model_name_of(model);
    const existing = models.get(name);
    if (existing && existing !== model) {
      const where = (m: Function) => `${m.name}`;
      throw new RuntimeError(
        `Conflicting '${name}' models in application '${app_label}': ${where(existing)} and ${where(model)}.`,
      );
    }
    models.set(name, model);
  }

  /**
   * Like get_model(), but usable while the registry is still being populated (at import time):
   * lazy relations ("app.Model") and unpickling find models through it. LookupError if unknown.
   */
  get_registered_model(app_label: string, model_name: string): Function {
    const model = this.all_models.get(app_label)?.get(model_name.toLowerCase());
    if (model === undefined) throw new LookupError(`Model '${app_label}.${model_name}' not registered.`);
    return model;
  }

  /** The app config whose name contains the module (what the metaclass asks for a model's module). */
  get_containing_app_config(object_name: string): AppConfig | null {
    this.check_apps_ready();
    const candidates = [...this.app_configs.values()].filter(
      (c) => object_name === c.name || object_name.startsWith(`${c.name}.`),
    );
    return candidates.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
  }

  /**
   * Forgets every app (the playground and tests start clean). Registered models stay, as model
   * classes outlive a settings change in a Django process.
   */
  reset(): void {
    this.app_configs.clear();
    this.apps_ready = this.models_ready = this.ready = false;
  }
}

/** The global registry, empty and not ready until apps.populate(settings.INSTALLED_APPS) runs. */
export const apps = new Apps();
