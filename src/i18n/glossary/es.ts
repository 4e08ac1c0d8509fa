/**
 * The Spanish edition's terminology, from the style sheet its writers follow: one term per
 * concept, and the variants it forbids. Neutral Spanish for Spain and Latin America; Django,
 * Python and SQL names untranslated. The format: src/i18n/glossary.ts.
 */
import type { Glossary } from '../glossary.ts';

const glossary: Glossary = {
  lang: 'es',
  entries: [
    { en: 'exception', term: 'excepción', avoid: [] },
    {
      en: 'to raise (an exception)',
      term: 'lanzar',
      // Verb forms only: «un número elevado de filas» is ordinary Spanish.
      avoid: ['levant', 'arroj', /(?<!\p{L})elev(?:a|an|ar|ó|aron|ará|arán|aría|ando|e|en)(?!\p{L})/iu],
      relapses: ['get() eleva DoesNotExist si no hay fila.', 'save() levanta una excepción.', 'El método arroja un error.'],
    },
    {
      en: 'to catch',
      term: 'capturar',
      avoid: ['atrap', /(?<!\p{L})cach(?:ar|ó|aron|ando|ado|ada|ados|adas)(?!\p{L})/iu],
      relapses: ['Un except genérico atrapa cualquier error.', 'El error se cachó más arriba.'],
    },
    {
      en: 'traceback',
      term: 'traza (traceback)',
      avoid: ['rastreo', 'seguimiento de pila'],
      gloss: { stem: 'traza', text: '(traceback)' },
      note: 'the first mention in each text is followed by «(traceback)»',
    },
    { en: 'instance', term: 'instancia', avoid: [] },
    { en: 'model', term: 'modelo', avoid: [] },
    { en: 'field', term: 'campo', avoid: [] },
    { en: 'row', term: 'fila', avoid: [] },
    { en: 'table', term: 'tabla', avoid: [] },
    {
      en: 'primary key',
      term: 'clave primaria',
      avoid: [/(?<!\p{L})llaves?\s+primari/iu],
      relapses: ['La llave primaria se asigna al guardar.'],
    },
    {
      en: 'foreign key',
      term: 'clave foránea',
      avoid: [/(?<!\p{L})llaves?\s+for[aá]ne/iu, /(?<!\p{L})claves?\s+extern/iu],
      relapses: ['Una llave foránea apunta a otra tabla.', 'Las claves externas se validan.'],
    },
    {
      en: 'QuerySet',
      term: 'QuerySet',
      avoid: [/(?<!\p{L})conjuntos?\s+de\s+consultas/iu],
      relapses: ['El conjunto de consultas se evalúa tarde.'],
      note: 'not translated, written as code',
    },
    {
      en: 'Manager',
      term: 'Manager (el gestor)',
      // Django's admin site is «el administrador de Django»; a model's Manager is not.
      avoid: [/(?<!\p{L})(?:el|los|un|del|al)\s+administrador(?:es)?(?!\s+de\s+Django)(?!\p{L})/iu],
      relapses: ['Cada modelo tiene al menos un administrador.'],
    },
    {
      en: 'lookup',
      term: 'lookup (búsqueda por campo)',
      // «búsqueda» alone is the site's search; as a lookup it is forbidden.
      avoid: [/(?<!\p{L})búsquedas?\s+(?:de\s+campos?(?!\p{L})|por\s+campos?(?!\p{L})(?!\))|[a-z_]*__)/iu],
      relapses: ['Una búsqueda de campo como pk__in.', 'La búsqueda pub_date__year filtra por año.'],
      gloss: { stem: 'lookup', text: ['(búsqueda por campo)', '(búsquedas por campo)'] },
    },
    { en: 'query', term: 'consulta', avoid: [] },
    { en: 'to save', term: 'guardar', avoid: [] },
    {
      en: 'to delete',
      term: 'eliminar',
      // On these pages rows, objects and instances are deleted: «borrar» is not used for them.
      avoid: [/(?<!\p{L})borr(?:a|an|ar|arla|arlo|arlas|arlos|ó|aron|ado|ada|ados|adas|ando|e|en|ará|arán)(?!\p{L})/iu],
      relapses: ['delete() borra la fila.', 'El objeto ya está borrado.'],
    },
    { en: 'deferred field', term: 'campo diferido', avoid: [] },
    { en: 'fetch mode', term: 'modo de carga', avoid: [] },
    { en: 'signal', term: 'señal', avoid: [] },
    { en: 'view', term: 'vista', avoid: [] },
    { en: 'settings', term: 'configuración (`settings`)', avoid: [] },
    { en: 'transaction', term: 'transacción', avoid: [] },
    { en: 'savepoint', term: 'punto de guardado (savepoint)', avoid: [] },
    { en: 'atomic block', term: 'bloque atómico', avoid: [] },
    { en: 'race condition', term: 'condición de carrera', avoid: [] },
    { en: 'interleaving', term: 'intercalado', avoid: ['entrelazad'] },
    { en: 'lock', term: 'bloqueo', avoid: [] },
    { en: 'cache', term: 'caché', avoid: [] },
    {
      en: 'production',
      term: 'producción',
      avoid: [/(?<!\p{L})entornos?\s+productiv/iu],
      relapses: ['No lo uses en un entorno productivo.'],
    },
    { en: 'database', term: 'base de datos', avoid: [] },
    { en: 'live example', term: 'ejemplo en vivo', avoid: [] },
    { en: 'to run', term: 'ejecutar', avoid: [] },
    { en: 'output', term: 'salida', avoid: [] },
    { en: 'recorded output', term: 'salida grabada', avoid: [] },
    { en: 'subclass', term: 'subclase', avoid: [] },
    { en: 'base class', term: 'clase base', avoid: [] },
    { en: 'attribute', term: 'atributo', avoid: [] },
    { en: 'keyword argument', term: 'argumento con nombre', avoid: [] },
    {
      en: 'is not callable',
      term: 'no es invocable',
      avoid: [],
      note: 'when explaining; Python’s message itself stays in English',
    },
  ],
  fine: [
    'get() lanza DoesNotExist; se captura con except.',
    'La clave primaria y la clave foránea de un QuerySet.',
    'Un número elevado de filas; la tabla está elevada.',
    'Un lookup (búsqueda por campo) como pages__gt; la búsqueda del sitio; otro lookup.',
    'El administrador de Django muestra el gestor.',
    'delete() elimina la fila; una caché; el intercalado; la traza (traceback) y otra traza.',
  ],
};

export default glossary;
