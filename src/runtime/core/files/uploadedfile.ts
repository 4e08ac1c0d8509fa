// django.core.files.uploadedfile: files that arrived with a request, kept in memory.

import { pythonClass } from '../../python/exceptions';
import { File } from './base';

const encoder = new TextEncoder();

/** Only the last path segment survives, as Django's UploadedFile name setter does. */
function uploadName(name: string | null): string | null {
  if (name === null) return null;
  let base = name.split('/').pop()!.split('\\').pop()!;
  if (base.length > 255) {
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot) : '';
    base = base.slice(0, 255 - ext.length) + ext;
  }
  return base;
}

/** Django's UploadedFile is a File: size, read() and chunks() come from there. */
export class UploadedFile extends File {
  private _name: string | null = null;
  readonly content_type: string | null;
  readonly charset: string | null;
  readonly field_name: string | null;

  constructor(
    content: Uint8Array,
    name: string | null,
    content_type: string | null = null,
    charset: string | null = null,
    field_name: string | null = null,
  ) {
    super(content, null);
    this.name = name;
    this.content_type = content_type;
    this.charset = charset;
    this.field_name = field_name;
  }

  override get name(): string | null {
    return this._name;
  }

  override set name(value: string | null) {
    this._name = uploadName(value);
  }

  override __repr__(): string {
    return `<${this.constructor.name}: ${this.name} (${this.content_type})>`;
  }
}

export class InMemoryUploadedFile extends UploadedFile {}

/** A file built by hand, e.g. for the test client: SimpleUploadedFile('a.txt', 'hello'). */
export class SimpleUploadedFile extends InMemoryUploadedFile {
  constructor(name: string, content: string | Uint8Array | null, content_type = 'text/plain') {
    super(typeof content === 'string' ? encoder.encode(content) : (content ?? new Uint8Array()), name, content_type);
  }
}

for (const cls of [UploadedFile, InMemoryUploadedFile, SimpleUploadedFile]) pythonClass(cls, 'django.core.files.uploadedfile');
