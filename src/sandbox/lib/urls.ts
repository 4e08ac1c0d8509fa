/**
 * Installs a URLconf module under a dotted name, as a `urls.py` file on disk would provide it
 * (point ROOT_URLCONF at it). The site's own helper: a snippet has no files.
 */
export { install_urlconf } from '../../runtime/urls/base';
