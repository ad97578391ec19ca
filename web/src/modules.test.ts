import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { moduleProblems, routeFullPath } from './module-check';
import { showsOnlyPortalMessages } from './module-messages';
import { WEB_MODULES } from './modules';
import { NAVIGATION } from './navigation';
import { router } from './router';
import { staffRoute, tenantRoute } from './routes/shell';
import { mergeTrees } from './ui/i18n';
import { en } from './ui/i18n/en';
import { id } from './ui/i18n/id';
import { platformPagesId } from './ui/i18n/platform-pages';
import { defineWebModule, type WebModule } from './ui/web-module';

/** A message tree with every text replaced by `true`: what two languages must share. */
const shape = (tree: unknown): unknown =>
  typeof tree === 'object' && tree !== null
    ? Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, shape(value)]))
    : typeof tree === 'string';

/** The text at a dotted key (`complaints.home.file`), if there is one. */
const textAt = (tree: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

const page = lazyRouteComponent(() => import('./ui/NotFoundPage'), 'NotFoundPage');
const route = (path: string, staff = false) =>
  createRoute({ getParentRoute: () => (staff ? staffRoute : tenantRoute), path, component: page });

/** The path of every page of the router's tree (layout routes, which hold pages, left out). */
const routerPaths = () =>
  Object.values(router.routesById as Record<string, AnyRoute>)
    .filter((r) => !r.isRoot && !r.children)
    .map((r) => routeFullPath(r));

describe('web modules', () => {
  it('register every path once, and every navbar entry, task and card leads to a registered page', () => {
    expect(moduleProblems(WEB_MODULES)).toEqual([]);
  });

  it('give the router a tree in which no two pages share a path', () => {
    const all = routerPaths();
    const twice = all.filter((path, index) => all.indexOf(path) !== index);
    expect(twice).toEqual([]);
    // The modules' pages are all in the tree, at the paths their manifests give.
    for (const module of WEB_MODULES) {
      for (const r of [...module.publicRoutes, ...module.staffRoutes]) expect(all).toContain(routeFullPath(r));
    }
  });

  it('give the navbar only entries that lead to a page of the router', () => {
    const registered = new Set(routerPaths());
    const dangling = NAVIGATION.entries.filter((entry) => !registered.has(entry.path)).map((entry) => entry.key);
    expect(dangling).toEqual([]);
    expect(NAVIGATION.entries.map((entry) => entry.key)).toContain('complaints-mine');
    expect(NAVIGATION.groups.map((group) => group.key)).toEqual([
      'workspace',
      'complaints',
      'services',
      'queue',
      'people',
      'performance',
      'surveys',
      'training',
      'admin',
    ]);
  });

  it('load each message namespace in both languages, of one shape, with the portal words the same', async () => {
    for (const module of WEB_MODULES) {
      for (const [namespace, messages] of Object.entries(module.messages as WebModule['messages'])) {
        const trees = await messages.load();
        expect(shape(trees.en), `${module.key}: ${namespace} in English`).toEqual(shape(trees.id));
        if (!messages.portal) continue;
        // The words shipped for the portal home are those of the whole namespace, not a copy that drifts.
        expect(mergeTrees(trees.id, messages.portal.id), `${module.key}: ${namespace} portal (id)`).toEqual(trees.id);
        expect(mergeTrees(trees.en, messages.portal.en), `${module.key}: ${namespace} portal (en)`).toEqual(trees.en);
      }
    }
    // The platform's own texts, in both languages, of one shape (Indonesian in two parts: the portal's and the pages').
    expect(shape(en)).toEqual(shape({ ...id, ...platformPagesId }));
  });

  it("find every portal task's and card's words in what ships before the modules' pages", () => {
    const shipped: Record<'id' | 'en', Record<string, unknown>> = { id: { ...id }, en: { ...en } };
    for (const module of WEB_MODULES)
      for (const [namespace, messages] of Object.entries(module.messages as WebModule['messages']))
        for (const lang of ['id', 'en'] as const)
          if (messages.portal) shipped[lang] = mergeTrees(shipped[lang], { [namespace]: messages.portal[lang] });
    const keys = (WEB_MODULES as readonly WebModule[]).flatMap((module) => [
      ...(module.portalTasks ?? []).flatMap((task) =>
        'labelKey' in task ? [task.labelKey, task.descriptionKey].filter((key) => key !== undefined) : [],
      ),
      ...(module.portalCards ?? []).flatMap((card) => [card.titleKey, card.textKey, card.linkKey]),
    ]);
    expect(keys.length).toBeGreaterThan(4);
    for (const lang of ['id', 'en'] as const) {
      const missing = keys.filter((key) => typeof textAt(shipped[lang], key) !== 'string');
      expect(missing, `portal words missing in ${lang}`).toEqual([]);
    }
    // And the rule that lets the portal home skip the modules' texts names that page alone.
    expect(showsOnlyPortalMessages('/t/dumai')).toBe(true);
    expect(showsOnlyPortalMessages('/t/dumai/')).toBe(true);
    expect(showsOnlyPortalMessages('/t/dumai/pengaduan')).toBe(false);
    expect(showsOnlyPortalMessages('/')).toBe(false);
  });

  it('name a navbar entry that leads nowhere, and two modules claiming one path', () => {
    const a: WebModule = defineWebModule({
      key: 'a',
      publicRoutes: [route('layanan')],
      staffRoutes: [route('layanan/meja', true)],
      nav: [{ key: 'a-desk', path: '/t/$slug/layanan/meja-lama', labelKey: 'nav.account', permission: null }],
      portalTasks: [{ key: 'a-take', to: '/t/$slug/layanan', labelKey: 'nav.account' }],
      messages: { layanan: { load: async () => ({ id: {}, en: {} }) } },
    });
    const b: WebModule = defineWebModule({
      key: 'b',
      publicRoutes: [route('layanan')],
      staffRoutes: [],
      nav: [],
      portalCards: [
        { key: 'b-card', titleKey: 'nav.account', textKey: 'nav.account', linkKey: 'nav.account', to: '/t/$slug/x' },
      ],
      messages: { layanan: { load: async () => ({ id: {}, en: {} }) } },
    });
    expect(moduleProblems([a])).toEqual([
      'a: navigation entry a-desk leads to /t/$slug/layanan/meja-lama, which no module registers',
    ]);
    expect(moduleProblems([a, b])).toEqual([
      'b: /t/$slug/layanan is also registered by a',
      'a: navigation entry a-desk leads to /t/$slug/layanan/meja-lama, which no module registers',
      'b: portal card b-card leads to /t/$slug/x, which no module registers',
      "b: message namespace layanan is also a's",
    ]);
    expect(moduleProblems([b], ['/t/$slug/x'])).toEqual([]);
  });
});
