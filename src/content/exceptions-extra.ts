// The two documented exceptions the catalog leaves to the model layer (they are defined in
// django/db/models/deletion.py): entries for the Exceptions page's hierarchy diagram and for the
// coverage test, built with the catalog's own helper so their anchors follow its convention.
import { catalogEntry, type ExceptionCatalogEntry } from './exceptions-catalog.ts';
import { ProtectedError, RestrictedError } from '../runtime/db/models/deletion.ts';

export const DELETION_EXCEPTIONS: readonly ExceptionCatalogEntry[] = [
  catalogEntry({
    name: 'models.ProtectedError',
    importPath: 'django.db.models',
    cls: ProtectedError,
    base: 'IntegrityError',
    section: 'database',
    documentedAs: 'directive',
    documentedSince: '1.10',
  }),
  catalogEntry({
    name: 'models.RestrictedError',
    importPath: 'django.db.models',
    cls: RestrictedError,
    base: 'IntegrityError',
    section: 'database',
    documentedAs: 'directive',
    documentedSince: '3.1',
  }),
];
