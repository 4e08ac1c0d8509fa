// django.core.handlers.asgi: requests from an ASGI server. The body is read from `receive`
// messages first; if the client disconnects before it is complete, reading raises
// RequestAborted and the handler stops without sending a response, as Django does.
//
// Sync views run through sync_to_async (with the middleware chain); `async` views run in async
// context, so synchronous database calls made inside them raise SynchronousOnlyOperation.
// Simplification: async views are called without the middleware chain.

import { RequestAborted } from '../exceptions';
import { BytesIO, HttpRequest, QueryDict } from '../../http/request';
import type { HttpResponseBase } from '../../http/response';
import { ValueError } from '../../python/exceptions';
import { set_urlconf } from '../../urls/base';
import { asyncContext, sync_to_async } from '../../utils/asyncio';
import { log_response } from '../../utils/log';
import { settings } from '../../conf';
import { BaseHandler } from './base';
import { response_for_exception } from './exception';

export interface ASGIScope {
  type: string;
  method?: string;
  path: string;
  query_string?: string;
  headers?: Array<[string, string]>;
  root_path?: string;
  server?: [string, number];
  scheme?: string;
}

export type ASGIMessage = { type: 'http.request'; body?: Uint8Array | string; more_body?: boolean } | { type: 'http.disconnect' };

export type Receive = () => Promise<ASGIMessage>;
export type Send = (message: Record<string, unknown>) => Promise<void> | void;

const encoder = new TextEncoder();

export class ASGIRequest extends HttpRequest {
  readonly scope: ASGIScope;

  constructor(scope: ASGIScope, body: Uint8Array) {
    super();
    this.scope = scope;
    this.path_info = scope.path;
    this.path = `${scope.root_path ?? ''}${scope.path}`;
    this.method = (scope.method ?? 'GET').toUpperCase();
    const meta: Record<string, unknown> = {
      REQUEST_METHOD: this.method,
      QUERY_STRING: scope.query_string ?? '',
      SCRIPT_NAME: scope.root_path ?? '',
      PATH_INFO: scope.path,
      'wsgi.url_scheme': scope.scheme ?? 'http',
    };
    if (scope.server) {
      meta.SERVER_NAME = scope.server[0];
      meta.SERVER_PORT = String(scope.server[1]);
    }
    for (const [name, value] of scope.headers ?? []) {
      const key = name.toUpperCase().replace(/-/g, '_');
      meta[key === 'CONTENT_TYPE' || key === 'CONTENT_LENGTH' ? key : `HTTP_${key}`] = value;
    }
    this.META = meta;
    this.set_stream(new BytesIO(body));
  }

  protected override build_get(): QueryDict {
    return new QueryDict(String(this.scope.query_string ?? ''));
  }
}

function isAsyncFunction(fn: Function): boolean {
  return fn.constructor?.name === 'AsyncFunction';
}

export class ASGIHandler extends BaseHandler {
  constructor() {
    super();
    this.load_middleware();
  }

  /** Reads the whole body; RequestAborted when the client disconnects first. */
  async read_body(receive: Receive): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const message = await receive();
      if (message.type === 'http.disconnect') throw new RequestAborted();
      if (message.body !== undefined) chunks.push(typeof message.body === 'string' ? encoder.encode(message.body) : message.body);
      if (!message.more_body) break;
    }
    const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return body;
  }

  /** Handles one HTTP connection; returns the response, or null when the request was aborted. */
  async __call__(scope: ASGIScope, receive: Receive, send: Send): Promise<HttpResponseBase | null> {
    if (scope.type !== 'http') throw new ValueError(`Django can only handle ASGI/HTTP connections, not ${scope.type}.`);
    return asyncContext(async () => {
      let body: Uint8Array;
      try {
        body = await this.read_body(receive);
      } catch (error) {
        if (error instanceof RequestAborted) return null;
        throw error;
      }
      const request = new ASGIRequest(scope, body);
      const response = await this.get_response_async(request);
      await send({ type: 'http.response.start', status: response.status_code, headers: [...response.headers.values()] });
      await send({
        type: 'http.response.body',
        body: 'content' in response ? (response as { content: Uint8Array }).content : new Uint8Array(),
      });
      return response;
    });
  }

  async get_response_async(request: HttpRequest): Promise<HttpResponseBase> {
    let asyncView = false;
    try {
      set_urlconf(settings.ROOT_URLCONF ?? null);
      asyncView = isAsyncFunction(this.resolve_request(request).func);
    } catch {
      // Resolution errors are answered by the sync path below, which raises them again.
    }
    if (!asyncView) return sync_to_async(() => this.get_response(request))();
    let response: HttpResponseBase;
    try {
      const match = this.resolve_request(request);
      const result = await BaseHandler.call_view(match.func, request, match);
      BaseHandler.check_response(result, match.func);
      response = result as HttpResponseBase;
    } catch (error) {
      response = response_for_exception(request, error);
    }
    if (response.status_code >= 400) log_response('%s: %s', [response.reason_phrase, request.path], { response, request });
    return response;
  }
}
