// django.contrib.admin.sites.AdminSite: which models the admin manages.

import { AlreadyRegistered, NotRegistered } from './exceptions';
import { ModelAdmin, type ModelLike } from './options';

export class AdminSite {
  readonly name: string;
  private readonly registry = new Map<ModelLike, ModelAdmin>();

  constructor(name = 'admin') {
    this.name = name;
  }

  register(model: ModelLike, admin_class: new (model: ModelLike, site: AdminSite) => ModelAdmin = ModelAdmin): ModelAdmin {
    if (this.registry.has(model))
      throw new AlreadyRegistered(`The model ${model.name} is already registered with '${this.name}'.`);
    const admin = new admin_class(model, this);
    this.registry.set(model, admin);
    return admin;
  }

  unregister(model: ModelLike): void {
    if (!this.registry.delete(model)) throw new NotRegistered(`The model ${model.name} is not registered`);
  }

  is_registered(model: ModelLike): boolean {
    return this.registry.has(model);
  }

  get_model_admin(model: ModelLike): ModelAdmin {
    const admin = this.registry.get(model);
    if (!admin) throw new NotRegistered(`The model ${model.name} is not registered.`);
    return admin;
  }

  /** Registered models and the models of their inlines. */
  registered_models(): ModelLike[] {
    return [...this.registry.entries()].flatMap(([model, admin]) => [model, ...admin.inlines.map((i) => i.model)]);
  }
}

export const site = new AdminSite();
