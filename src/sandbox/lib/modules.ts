/**
 * Registers a module under a dotted name, so import_string() and settings that name a module
 * find it, as they would find a file of the project. The site's own helper: a snippet has no files.
 */
export { register_module } from '../../runtime/utils/module_loading';
