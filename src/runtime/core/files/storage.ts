// django.core.files.storage, reduced to an in-memory FileSystemStorage: `save()` validates the
// name (SuspiciousFileOperation for "../" and absolute paths), picks a free name and keeps the
// bytes under `location`.

import { AttributeError, OSError } from '../../python/exceptions';
import { typeName } from '../../python/repr';
import { File } from './base';
import { SuspiciousFileOperation } from '../exceptions';
import { validate_file_name } from './utils';

function normalize(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** django.utils._os.safe_join: the joined path, refused if it leaves `base`. */
export function safe_join(base: string, ...paths: string[]): string {
  const finalPath = normalize([base, ...paths]);
  const basePath = normalize([base]);
  if (finalPath !== basePath && !finalPath.startsWith(`${basePath}/`)) {
    throw new SuspiciousFileOperation(
      `The joined path (${finalPath}) is located outside of the base path component (${basePath})`,
    );
  }
  return finalPath;
}

export class FileSystemStorage {
  readonly location: string;
  readonly files = new Map<string, Uint8Array>();

  constructor(options: { location?: string } = {}) {
    this.location = options.location ?? '/media';
  }

  path(name: string): string {
    return safe_join(this.location, name);
  }

  exists(name: string): boolean {
    return this.files.has(this.path(name));
  }

  /**
   * Django's Storage.save(): validates the name before and after choosing a free one, then reads
   * the content, which must be a File (ContentFile('data')) or an uploaded file: a bare string or
   * bytes has no read(), so Django fails with AttributeError once the name has passed.
   */
  save(name: string | null, content: File): string {
    const fileName = name ?? content.name ?? null;
    if (fileName === null) throw new TypeError('save() needs a name when the content has none');
    validate_file_name(fileName, true);
    const available = this.get_available_name(fileName);
    validate_file_name(available, true);
    if (!((content as unknown) instanceof File)) {
      throw new AttributeError(`'${typeName(content)}' object has no attribute 'read'`);
    }
    this.files.set(this.path(available), content.read());
    return available;
  }

  /** Adds a suffix until the name is free (Django adds a random 7-character one). */
  get_available_name(name: string): string {
    let candidate = name;
    for (let i = 1; this.files.has(this.path(candidate)); i += 1) {
      const dot = name.lastIndexOf('.');
      candidate = dot > name.lastIndexOf('/') ? `${name.slice(0, dot)}_${i}${name.slice(dot)}` : `${name}_${i}`;
    }
    return candidate;
  }

  open(name: string): Uint8Array {
    const data = this.files.get(this.path(name));
    if (!data) throw new OSError(2, 'No such file or directory', this.path(name));
    return data;
  }

  delete(name: string): void {
    this.files.delete(this.path(name));
  }
}

export const default_storage = new FileSystemStorage();
