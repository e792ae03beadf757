import type { CmsCollection, CmsConfig } from 'decap-cms-core';
import { platformIds } from '../src/data/platforms';
import fr from '../src/i18n/fr-platforms';
import { collections as model } from '../src/schemas/index';
import { cmsCollections, markdownButtons, markdownComponents, media, type CmsCollectionName, type AnyCollectionSpec } from './editor';
import { backends, defaultBackend, withEditorialWorkflow, type BackendName, type BackendOptions } from '../src/lib/cms-backend';
import { fieldsOf, type Field, type FieldOverride } from './fields';

export { backends, defaultBackend, type BackendName, type BackendOptions };

/**
 * The whole Decap CMS configuration, built from `src/schemas` (fields) and
 * `editor.ts` (presentation). Pure: the admin page passes in what depends on
 * where it runs (backend, local server, the co-op's naming example).
 */

export interface ConfigOptions {
  backend: BackendOptions;
  /** The local backend under `npm start` (admin/local/), on the page's own origin with the run's secret, e.g. http://127.0.0.1:4321/__babillard/cms?key=…. */
  localBackend?: string;
  /** The co-op's example of a well-named group (settings), shown under the name field. */
  groupNameExample?: string;
  siteUrl?: string;
}

/** The accepted invite-link shapes of every platform, shown by the link field behind « voir les formats ». */
export function inviteShapes(): { platform: string; shape: string }[] {
  return platformIds.map((id) => ({ platform: fr[`platform.${id}.name`], shape: fr[`platform.${id}.shape`] }));
}

/** The custom format (admin/formats.ts) of the entries of one content collection, registered under this name. */
export const formatName = (source: string) => `babillard-${source}`;

/** Editor details that depend on the options rather than on the table. */
function runtimeOverrides(name: CmsCollectionName, options: ConfigOptions): Record<string, FieldOverride> {
  if (name !== 'groups') return {};
  const example = options.groupNameExample ? ` Exemple : « ${options.groupNameExample} ».` : '';
  return {
    name: { hint: `Suivez le modèle de nommage de la coopérative (voir les réglages).${example}` },
    'links.*.url': { widget: 'invite-url', hint: 'Collez le lien tel que l’application le donne, sans rien changer.', formats: inviteShapes() },
  };
}

/** The CMS fields of one collection: the schema's, then the Markdown body. */
export function collectionFields(name: CmsCollectionName, options: ConfigOptions = { backend: defaultBackend }): Field[] {
  const spec = cmsCollections[name] as AnyCollectionSpec;
  const overrides = { ...spec.fields, ...runtimeOverrides(name, options) };
  // Hints and widgets of the table are merged over the generated field, never replacing its checks.
  const fields = fieldsOf(model[spec.source].schema, overrides, '');
  if (!spec.body) return fields;
  return [
    ...fields,
    {
      name: 'body',
      label: spec.body.label,
      hint: spec.body.hint,
      widget: 'markdown',
      required: false,
      buttons: markdownButtons,
      editor_components: markdownComponents,
    } as Field,
  ];
}

function collection(name: CmsCollectionName, options: ConfigOptions): CmsCollection {
  const spec = cmsCollections[name] as AnyCollectionSpec;
  const { folder, format } = model[spec.source];
  // The media folder again on each collection: Decap then lists the images for a new entry too (with only the
  // global one, a new entry opened right after the page loads gets an empty media library).
  const base = {
    name,
    label: spec.label,
    label_singular: spec.label_singular,
    description: spec.description,
    media_folder: `/${media.folder}`,
    public_folder: media.publicFolder,
  };
  const fields = collectionFields(name, options);
  if (spec.source === 'settings') {
    return {
      ...base,
      format: formatName(spec.source),
      editor: { preview: false },
      files: [{ name: 'site', label: 'Réglages du site', file: `content/${folder}/site.yaml`, fields }],
    };
  }
  return {
    ...base,
    folder: `content/${folder}`,
    format: formatName(spec.source),
    extension: format === 'yaml' ? 'yaml' : 'md',
    create: spec.create ?? true,
    delete: spec.delete ?? true,
    identifier_field: spec.source === 'groups' || spec.source === 'categories' || spec.source === 'sections' ? 'name' : 'title',
    ...(spec.slug ? { slug: spec.slug } : {}),
    ...(spec.summary ? { summary: spec.summary } : {}),
    ...(spec.sortable_fields ? { sortable_fields: spec.sortable_fields } : {}),
    ...(spec.filter ? { filter: spec.filter } : {}),
    fields,
  };
}

/** The Decap backend block, and the publish mode it supports. */
function backendConfig(backend: BackendOptions): Pick<CmsConfig, 'backend' | 'publish_mode'> {
  const { name, ...rest } = backend;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => Boolean(value)));
  return {
    backend: { name, ...defined, squash_merges: true },
    publish_mode: withEditorialWorkflow.has(name) ? 'editorial_workflow' : 'simple',
  };
}

/**
 * @example cmsConfig({ backend: { name: 'forgejo', repo: 'coop/site', api_root: 'https://code.coop.example/api/v1', app_id: '…' } }).publish_mode → 'editorial_workflow'
 */
export function cmsConfig(options: ConfigOptions): CmsConfig {
  return {
    load_config_file: false,
    locale: 'fr',
    ...backendConfig(options.backend),
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: media.folder,
    public_folder: media.publicFolder,
    // File names are ids: lower-case ASCII words joined by hyphens, as the build expects.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    collections: (Object.keys(cmsCollections) as CmsCollectionName[]).map((name) => collection(name, options)),
  };
}

/** The content collection behind each CMS collection, for the Zod checks of the form. */
export const sourceOf = (name: string) => (cmsCollections as Record<string, AnyCollectionSpec>)[name]?.source;
