// django.http: requests, responses and their exceptions.
export { Http404, UnreadablePostError } from './exceptions';
export { HttpRequest, QueryDict, HttpHeaders, BytesIO, InterruptedStream, RawPostDataException } from './request';
export type { InputStream } from './request';
export {
  HttpResponseBase,
  HttpResponse,
  HttpResponseRedirectBase,
  HttpResponseRedirect,
  HttpResponsePermanentRedirect,
  HttpResponseNotModified,
  HttpResponseBadRequest,
  HttpResponseNotFound,
  HttpResponseForbidden,
  HttpResponseGone,
  HttpResponseServerError,
  HttpResponseNotAllowed,
  JsonResponse,
  MAX_URL_REDIRECT_LENGTH,
} from './response';
export { MultiPartParser, MultiPartParserError } from './multipartparser';
