// The multipart parser reads bodies as Django 6.1.3 does. Each expectation below is what real
// Django's request.POST / request.FILES hold for the same body (recorded with RequestFactory).
import { beforeEach, describe, expect, it } from 'vitest';
import { SuspiciousMultipartForm } from 'django/core/exceptions';
import { BytesIO } from 'django/http';
import { LazyStream, MultiPartParser } from 'django/http/multipartparser';
import { resetWeb } from './helpers';

beforeEach(() => resetWeb());

const decoder = new TextDecoder();

function parse(body: string) {
  const bytes = new TextEncoder().encode(body);
  const META = { CONTENT_TYPE: 'multipart/form-data; boundary=B', CONTENT_LENGTH: String(bytes.length) };
  const [post, files] = new MultiPartParser(META, new BytesIO(bytes)).parse();
  return {
    post: Object.fromEntries(post.lists()),
    files: Object.fromEntries(
      files.lists().map(([key, list]) => [key, list.map((f) => [f.name, decoder.decode(f.read()), f.content_type])]),
    ),
  };
}

const CASES: Record<
  string,
  [string, { post: Record<string, string[]>; files: Record<string, Array<[string, string, string]>> }]
> = {
  'parts without headers are skipped, however many': ['--B\r\ngarbage\r\n'.repeat(45) + '--B--\r\n', { post: {}, files: {} }],
  'a field and a file, its name cut to the last segment': [
    '--B\r\nContent-Disposition: form-data; name="title"\r\n\r\nHoliday\r\n--B\r\nContent-Disposition: form-data; name="photo"; filename="../a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nJPEG\r\n--B--\r\n',
    { post: { title: ['Holiday'] }, files: { photo: [['a.jpg', 'JPEG', 'image/jpeg']] } },
  ],
  'a part with no name is skipped': [
    '--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--B--\r\n',
    { post: { a: ['1'] }, files: {} },
  ],
  'an empty filename makes a field': [
    '--B\r\nContent-Disposition: form-data; name="f"; filename=""\r\n\r\nabc\r\n--B--\r\n',
    { post: { f: ['abc'] }, files: {} },
  ],
  'a base64 field': [
    '--B\r\nContent-Disposition: form-data; name="a"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--B--\r\n',
    { post: { a: ['hello'] }, files: {} },
  ],
  'a base64 file, whitespace ignored': [
    '--B\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVs bG8=\r\n--B--\r\n',
    { post: {}, files: { f: [['a.txt', 'hello', '']] } },
  ],
  'a file is kept only once the next part starts': [
    '--B\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nabc\r\n--B',
    { post: {}, files: {} },
  ],
  'preamble and epilogue are ignored': [
    'hello\r\n--B\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--B--\r\nepilogue',
    { post: { a: ['1'] }, files: {} },
  ],
};

describe('MultiPartParser reads a body as Django does', () => {
  for (const [name, [body, expected]] of Object.entries(CASES)) {
    it(name, () => {
      expect(parse(body)).toEqual(expected);
    });
  }
});

describe('LazyStream', () => {
  it('raises SuspiciousMultipartForm when the same bytes keep being pushed back', () => {
    const stream = new LazyStream([new TextEncoder().encode('--B\r\ngarbage\r\n')]);
    let pushes = 0;
    expect(() => {
      for (;;) {
        stream.unget(stream.__next__());
        pushes += 1;
      }
    }).toThrow(SuspiciousMultipartForm);
    // The 41st push-back of the same size is refused.
    expect(pushes).toBe(40);
  });

  it('reads exact sizes and forgets its history on a fresh chunk', () => {
    const stream = new LazyStream(['abcdef', 'gh']);
    expect(decoder.decode(stream.read(4))).toBe('abcd');
    expect(decoder.decode(stream.read())).toBe('efgh');
  });
});
