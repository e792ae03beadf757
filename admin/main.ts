/**
 * The CMS entry, bundled by Astro for /admin/ only. It registers our formats,
 * widgets, previews and the last check before saving, then starts Decap with
 * the configuration generated from the schemas.
 */
import './globals';
import './dev-preamble';
import CMS from 'decap-cms-app';
import { collections as model } from '../src/schemas/index';
import { cmsConfig, formatName } from './config';
import { bodyImageFields } from './editor';
import { contentFormat } from './formats';
import { setupMessageStyle, type AdminOptions } from './options';
import { eventPreview, groupPreview, NewsPreview, pagePreview, SectionPreview } from './previews';
import { describeProblems, entryProblems } from './validate';
import { decap } from './decap-store';
import { explainRefusedSaves } from './refusal';
import { guardUploads } from './uploads';
import { checkedBuiltIns, widgets } from './widgets';
import { frenchDialog, frenchPhrases } from './locale';
import adminCss from './admin.css?url';
import previewCss from './preview.css?url';

/** The site's own stylesheets, so previews look like the site. */
const siteStyles = Object.values(import.meta.glob<string>('../src/styles/*.css', { query: '?url', import: 'default', eager: true }));

// In `astro dev`, every saved file makes Vite reload open pages; here that would
// throw away whatever the volunteer is typing. Aim the reload at a page that
// never exists: the CMS keeps its state (reload by hand after changing its code).
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/keeps-its-state.html';
  });
}

// Our corrections to Decap's own look (admin.css), as a stylesheet of the page: every bundling of this file keeps it.
const adminStyle = document.createElement('link');
adminStyle.rel = 'stylesheet';
adminStyle.href = adminCss;
document.head.append(adminStyle);

const root = document.getElementById('nc-root');
const options = JSON.parse(root?.dataset['options'] ?? '{}') as AdminOptions;

// On a phone the form and the preview take turns: start with the form (Decap keeps the choice under this key).
if (window.matchMedia('(max-width: 640px)').matches && localStorage.getItem('cms.right-pane') === null) localStorage.setItem('cms.right-pane', 'none');

CMS.registerLocale('fr', frenchPhrases);
// Decap asks one question in English from its code (replace an image of the same name?): ask it in French.
const confirm = window.confirm.bind(window);
window.confirm = (message?: string) => confirm(frenchDialog(message ?? ''));

for (const [name, { schema, format }] of Object.entries(model)) {
  CMS.registerCustomFormat(formatName(name), format === 'yaml' ? 'yaml' : 'md', contentFormat(schema, format));
}
for (const widget of [...checkedBuiltIns(CMS.getWidget), ...widgets]) CMS.registerWidget(widget);
// The body editor's image block, as Decap has it (the Markdown it reads and writes), with our fields.
const imageBlock = CMS.getEditorComponents().get('image') as object | undefined;
if (imageBlock) CMS.registerEditorComponent({ ...imageBlock, fields: bodyImageFields } as Parameters<typeof CMS.registerEditorComponent>[0]);
explainRefusedSaves(decap);
guardUploads((message) => decap.toast(message));

/** The problems left for the whole entry (e.g. « au moins un lien »): no file is written while there are any. */
class ContentProblems extends Error {
  override toString() {
    return this.message;
  }
}
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
    const problems = entryProblems(String(entry.get('collection')), data);
    if (problems.length) throw new ContentProblems(describeProblems(problems));
    return undefined;
  },
});

for (const href of [...siteStyles, ...options.stylesheets, previewCss]) CMS.registerPreviewStyle(href);
CMS.registerPreviewTemplate('groups', groupPreview(options.preview));
CMS.registerPreviewTemplate('events', eventPreview(options.preview));
CMS.registerPreviewTemplate('news', NewsPreview);
CMS.registerPreviewTemplate('sections', SectionPreview);
for (const name of ['guide', 'charter', 'pages', 'decisions']) CMS.registerPreviewTemplate(name, pagePreview(options.preview));

if (options.setupMessage && root) {
  // A built site whose git host is not configured: say so instead of an error from Decap.
  const message = document.createElement('p');
  message.style.cssText = setupMessageStyle;
  message.textContent = options.setupMessage;
  root.replaceChildren(message);
} else {
  CMS.init({ config: cmsConfig(options) });
}
