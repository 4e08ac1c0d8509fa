import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { INTERFACE_STRING_KEYS, type InterfaceStringKey } from './i18n/interface-keys';

const interfaceStringSchema = Object.fromEntries(INTERFACE_STRING_KEYS.map((key) => [key, z.string()])) as Record<
  InterfaceStringKey,
  z.ZodString
>;

export const collections = {
  // A translated page records, per section, which English text it was translated from
  // (`source`, see src/i18n/freshness.ts).
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: z.object({ source: z.record(z.string(), z.string()).optional() }) }),
  }),
  // The site's own interface strings sit beside Starlight's, one file per language.
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({
      // Every key of src/i18n/interface-keys.ts, the one list of the site's own strings.
      extend: z.object({
        ...interfaceStringSchema,
      }),
    }),
  }),
};
