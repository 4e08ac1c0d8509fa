// django.core.files.base: File, what a storage reads a file's content from, and ContentFile, a
// File over content held in memory (ContentFile('text') or ContentFile(bytes)). A storage's
// save() takes one of these (or an uploaded file), not a bare string.

import { pythonClass } from '../../python/exceptions';

const encoder = new TextEncoder();

export class File {
  readonly content: Uint8Array;
  // An accessor rather than a field, so that a subclass (UploadedFile) can refine the setter.
  #name: string | null;

  constructor(content: Uint8Array, name: string | null = null) {
    this.content = content;
    this.#name = name;
  }

  get name(): string | null {
    return this.#name;
  }

  set name(value: string | null) {
    this.#name = value;
  }

  get size(): number {
    return this.content.length;
  }

  read(): Uint8Array {
    return this.content;
  }

  chunks(chunkSize = 64 * 1024): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let i = 0; i < this.content.length; i += chunkSize) out.push(this.content.subarray(i, i + chunkSize));
    return out;
  }

  /** str(file): its name, '' when it has none. */
  __str__(): string {
    return this.name ?? '';
  }

  __repr__(): string {
    return `<${this.constructor.name}: ${this.name ?? 'None'}>`;
  }
}

/** A File whose content is given directly: ContentFile('data'), ContentFile(bytes, 'a.txt'). */
export class ContentFile extends File {
  constructor(content: string | Uint8Array, name: string | null = null) {
    super(typeof content === 'string' ? encoder.encode(content) : content, name);
  }

  /** A ContentFile is truthy, even when empty (Django's __bool__). */
  __bool__(): boolean {
    return true;
  }
}

for (const cls of [File, ContentFile]) pythonClass(cls, 'django.core.files.base');
