// django.test: the test client and settings overrides.
export { Client, RequestFactory, RedirectCycleError, encode_multipart, MULTIPART_CONTENT } from './client';
export { override_settings, setup_test_environment } from './utils';
