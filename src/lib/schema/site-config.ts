import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { strictObject } from './strict-object.ts';

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson(field) : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText(field) });

const httpUrl = z
  .string({ error: (issue) => messages.notUrl(issue.input) })
  .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: (issue) => messages.notUrl(issue.input) });

/**
 * The licence the publishing agency gives its text and data. `placeholder:
 * true` says that nobody has chosen it yet (the sample site): pages then say
 * so plainly, and the build warns as it does while there is none.
 */
export const licenseSchema = strictObject({
  name: text('name'),
  url: httpUrl,
  /** The SPDX identifier where there is one (CC-BY-4.0), for the data package. */
  spdx: text('spdx').optional(),
  placeholder: z.boolean({ error: messages.notBoolean('placeholder') }).optional(),
});
export type License = z.infer<typeof licenseSchema>;

/**
 * content/site.json: what the whole site says about itself — the name and
 * description the header, titles, feeds and JSON-LD use, who publishes it (the
 * 主要责任者 of a suggested citation) and the licence; `license: null` means
 * not chosen yet.
 */
export const siteConfigSchema = strictObject({
  name: text('name'),
  description: text('description'),
  publisher: text('publisher'),
  license: z.union([licenseSchema, z.null()], { error: messages.licenseShape() }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
export const SITE_CONFIG_FIELDS = siteConfigSchema.keyof().options;
export const LICENSE_FIELDS = licenseSchema.keyof().options;

/** The site without a content/site.json (the tests' own content folders): the project's name, no licence. */
export const DEFAULT_SITE_CONFIG: SiteConfig = {
  name: '卫健',
  description: '地方卫生健康工作报道与统计',
  publisher: '卫健编辑部',
  license: null,
};

/** True while the publishing agency has not chosen a licence: none given, or the sample's placeholder. */
export const licenseUnchosen = (config: Pick<SiteConfig, 'license'>) => config.license === null || config.license.placeholder === true;
