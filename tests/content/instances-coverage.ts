/**
 * What the Model instance reference (src/content/docs/ref/models/instances.mdx and its Russian
 * twin) must cover: every documented method, argument and rule of facts §1 (Django's
 * docs/ref/models/instances.txt at HEAD, checked against the source), as a section id and the
 * identifiers or messages that section has to mention. Mentions are code, numbers or Django's own
 * messages, so they are the same in both languages. instances-coverage.test.ts checks both pages.
 */
export interface CoverageEntry {
  /** The heading id (`{#id}`) the facts live under. */
  id: string;
  /** Facts section this entry comes from. */
  facts: string;
  /** Strings the page must contain (anywhere on the page; they are usually in that section). */
  mentions: string[];
}

export const INSTANCES_COVERAGE: readonly CoverageEntry[] = [
  // §1.1 Creating objects
  { id: 'creating-objects', facts: '1.1', mentions: ['save()', 'default', 'author_id', 'pre_init', 'post_init'] },
  {
    id: 'construction-rules',
    facts: '1.1, 4 (__init__)',
    mentions: [
      'fromValues',
      'Number of args exceeds number of fields',
      "got both positional and keyword arguments for field 'text'.",
      "got unexpected keyword arguments: 'txt', 'star'",
      'Abstract models cannot be instantiated.',
    ],
  },
  {
    id: 'overriding-init',
    facts: '1.1',
    mentions: ['__init__', 'Poem.create(title)', 'self.create(...)', 'Song.objects.create_song(title)'],
  },
  // §1.2 from_db
  {
    id: 'from-db',
    facts: '1.2',
    mentions: [
      'Model.from_db(db, field_names, values, *, fetch_mode=None)',
      'cls(*values)',
      'django.db.models.DEFERRED',
      '<Deferred field>',
      '_state.adding = False',
      '_state.db = db',
      '_loaded_values',
      'super()',
      'fetch_mode',
    ],
  },
  // §1.3 Refreshing
  { id: 'deleting-a-field', facts: '1.3', mentions: ['del report.title', '_delattr'] },
  {
    id: 'refresh-from-db',
    facts: '1.3',
    mentions: [
      'Model.refresh_from_db(using=None, fields=None, from_queryset=None)',
      'arefresh_from_db()',
      '@cached_property',
      'using',
      'fields',
      'from_queryset',
      'None',
    ],
  },
  {
    id: 'refresh-from-db-rules',
    facts: '1.3, 4',
    mentions: [
      'Found "__" in fields argument. Relations and transforms are not allowed in fields.',
      'FieldDoesNotExist',
      "Player has no field named 'nickname'",
      'DoesNotExist',
      'team_id',
      '"default"',
    ],
  },
  {
    id: 'from-queryset',
    facts: '1.3',
    mentions: ['from_queryset', '_base_manager', 'select_related(...)', 'select_for_update()'],
  },
  {
    id: 'deferred-loading',
    facts: '1.3, 4',
    mentions: ['refresh_from_db(fields=[attname])', "Cannot retrieve deferred field 'name' from an unsaved model."],
  },
  { id: 'get-deferred-fields', facts: '1.3', mentions: ['get_deferred_fields()', "{'related_id'}", 'set()'] },
  // §1.4 Validation
  {
    id: 'validating-objects',
    facts: '1.4',
    mentions: ['clean_fields()', 'clean()', 'validate_unique()', 'validate_constraints()', 'full_clean()'],
  },
  {
    id: 'full-clean',
    facts: '1.4',
    mentions: [
      'Model.full_clean(exclude=None, validate_unique=True, validate_constraints=True)',
      'message_dict',
      'exclude',
      'ValidationError',
    ],
  },
  { id: 'clean-fields', facts: '1.4', mentions: ['Model.clean_fields(exclude=None)', '"12"', 'blank=True', 'db_default'] },
  {
    id: 'clean',
    facts: '1.4',
    mentions: ['Model.clean()', 'NON_FIELD_ERRORS', '"__all__"', 'code', 'ModelForm', 'clean_fields(exclude=None)', 'ValueError'],
  },
  {
    id: 'validate-unique',
    facts: '1.4, 4',
    mentions: [
      'Model.validate_unique(exclude=None)',
      'unique_for_date',
      'unique_for_month',
      'unique_for_year',
      'Meta.unique_together',
      'UniqueConstraint',
      'Booking with this Room and Night already exists.',
      'Guest must be unique for Night date.',
    ],
  },
  {
    id: 'validate-constraints',
    facts: '1.4, 4',
    mentions: [
      'Model.validate_constraints(exclude=None)',
      'Constraint “price_gt_discount” is violated.',
      'violation_error_message',
    ],
  },
  // §1.5 Saving
  {
    id: 'save',
    facts: '1.5',
    mentions: [
      'force_insert',
      'force_update',
      'db_for_write()',
      '_state.db',
      'update_fields',
      'Model.asave()',
      'Model.save() takes 1 positional argument but 2 were given',
    ],
  },
  { id: 'auto-incrementing-primary-keys', facts: '1.5', mentions: ['primary_key=True', 'AutoField', 'id'] },
  { id: 'pk', facts: '1.5', mentions: ['pk'] },
  { id: 'explicit-pk', facts: '1.5', mentions: ['PostgreSQL', 'sqlsequencereset', 'id="7"'] },
  {
    id: 'what-happens-on-save',
    facts: '1.5, 4',
    mentions: [
      'pre_save',
      'pre_save()',
      'get_db_prep_save()',
      'post_save',
      'created',
      "save() prohibited to prevent data loss due to unsaved related object 'album'.",
    ],
  },
  {
    id: 'update-or-insert',
    facts: '1.5',
    mentions: ['db_default', 'IntegrityError', 'Meta.select_on_save = True', '_state.adding'],
  },
  {
    id: 'force-insert-update',
    facts: '1.5, 4',
    mentions: [
      'Cannot force both insert and updating in model saving.',
      'Cannot force an update in save() with no primary key.',
      'Forced update did not affect any rows.',
      'NotUpdated',
      'DatabaseError',
      '(models.Model,)',
      'force_insert must be a bool or tuple.',
      "Invalid force_insert member. 'x' must be a model subclass.",
      'Invalid force_insert member. SubCounter must be a base of Counter.',
    ],
  },
  { id: 'f-expressions', facts: '1.5', mentions: ['F("views") + 1', 'RETURNING', 'GeneratedField', 'MySQL'] },
  {
    id: 'update-fields',
    facts: '1.5, 4',
    mentions: [
      'update_fields',
      'author_id',
      'The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: id',
      'Save with update_fields did not affect any rows.',
      'frozenset',
      'auto_now',
    ],
  },
  { id: 'saving-deferred', facts: '1.5', mentions: ['only()', 'defer()'] },
  // §1.6 Deleting
  {
    id: 'delete',
    facts: '1.6',
    mentions: [
      'using',
      'keep_parents',
      'Model.adelete()',
      "(5, {'app.Volume_tags': 2, 'app.Volume': 2, 'app.Library': 1})",
      'CASCADE',
      'DB_CASCADE',
      'pre_delete',
      'post_delete',
    ],
  },
  { id: 'keep-parents', facts: '1.6', mentions: ['keep_parents=True'] },
  {
    id: 'delete-errors',
    facts: '1.6, 4',
    mentions: [
      'ProtectedError',
      'RestrictedError',
      "Cannot delete some instances of model 'Customer' because they are referenced through protected foreign keys: 'Invoice.customer'.",
      "Customer object can't be deleted because its id attribute is set to None.",
    ],
  },
  // §1.7 Pickling
  {
    id: 'pickling-objects',
    facts: '1.7',
    mentions: [
      'RuntimeWarning',
      "Pickled model instance's Django version 5.2 does not match the current version 6.0.",
      "Pickled model instance's Django version is not specified.",
      '__getstate__()',
      'adding=True',
      'db=None',
    ],
  },
  // §1.8–1.11 Other instance methods
  { id: 'str', facts: '1.8', mentions: ['__str__()', 'Plain object (None)', '<Person: Grace Hopper>'] },
  { id: 'eq', facts: '1.9', mentions: ['__eq__()', 'NotImplemented', 'mock.ANY', 'None'] },
  {
    id: 'hash',
    facts: '1.10',
    mentions: ['__hash__()', 'Model instances without primary key value are unhashable', '__hash__ = models.Model.__hash__'],
  },
  { id: 'get-absolute-url', facts: '1.11', mentions: ['get_absolute_url()', 'reverse()', '/example.com', '//example.com/'] },
  // §1.12–1.13 Extra instance methods
  { id: 'get-foo-display', facts: '1.12', mentions: ['get_FOO_display()', 'choices', "'X'"] },
  {
    id: 'get-next-by-foo',
    facts: '1.13',
    mentions: [
      'get_next_by_FOO()',
      'get_previous_by_FOO()',
      'null=True',
      'Episode matching query does not exist.',
      'get_next/get_previous cannot be used on unsaved objects.',
    ],
  },
  { id: 'overriding-extra-instance-methods', facts: '1.13', mentions: ['contribute_to_class()'] },
  // §1.14 Other attributes
  { id: 'state', facts: '1.14', mentions: ['_state', 'ModelState', 'adding', 'db'] },
  { id: 'is-pk-set', facts: '1.14', mentions: ['Model._is_pk_set()', '0'] },
  // Facts §5.1: what changed
  { id: 'version-notes', facts: '5.1', mentions: ['4.1', '4.2', '5.0', '5.1', '5.2', '6.0', '6.1'] },
];

/**
 * Members of the runtime's Model (src/runtime/db/models/base.ts) that the page does not have to
 * name, each with the reason. Everything else the class exposes publicly must be documented.
 */
export const UNDOCUMENTED_MEMBERS: Readonly<Record<string, string>> = {
  constructor: 'documented as Model(**kwargs) under #creating-objects',
  id: 'the automatic primary key field, not a method; covered under #auto-incrementing-primary-keys',
  toString: 'JavaScript plumbing that forwards to str()',
  save_base: 'internal step of save() (also undocumented in Django)',
  prepare_database_save: 'internal hook used when an instance appears in a query (undocumented in Django)',
  get_constraints: 'internal helper of validate_constraints() (undocumented in Django)',
  unique_error_message: 'internal helper of validate_unique() (undocumented in Django)',
  date_error_message: 'internal helper of validate_unique() (undocumented in Django)',
  __repr__: 'the default repr() is described under #str',
  __reduce__: 'pickle protocol plumbing; pickling is described under #pickling-objects',
  __setstate__: 'pickle protocol plumbing; pickling is described under #pickling-objects',
};

/** Underscore names that are part of the documented API, or the examples' spelling of Python syntax. */
export const DOCUMENTED_PRIVATE: readonly string[] = ['_state', '_is_pk_set', '_delattr'];
