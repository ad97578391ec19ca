import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { moduleProblems, routeFullPath } from './module-check';
import { WEB_MODULES } from './modules';
import { NAVIGATION } from './navigation';
import { router } from './router';
import { staffRoute, tenantRoute } from './routes/shell';
import { en } from './ui/i18n/en';
import { id } from './ui/i18n/id';
import { defineWebModule, type WebModule } from './ui/web-module';

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
      'people',
      'performance',
      'admin',
    ]);
  });

  it("have their message namespaces in the interface's texts, in both languages", () => {
    const resources = { id: id as Record<string, unknown>, en: en as Record<string, unknown> };
    for (const module of WEB_MODULES) {
      for (const [namespace, messages] of Object.entries(module.messages as WebModule['messages'])) {
        expect(resources.id[namespace], `${module.key}: ${namespace} (id)`).toBe(messages.id);
        expect(resources.en[namespace], `${module.key}: ${namespace} (en)`).toBe(messages.en);
      }
    }
  });

  it('name a navbar entry that leads nowhere, and two modules claiming one path', () => {
    const a: WebModule = defineWebModule({
      key: 'a',
      publicRoutes: [route('layanan')],
      staffRoutes: [route('layanan/meja', true)],
      nav: [{ key: 'a-desk', path: '/t/$slug/layanan/meja-lama', labelKey: 'nav.account', permission: null }],
      portalTasks: [{ key: 'a-take', to: '/t/$slug/layanan', labelKey: 'nav.account' }],
      messages: { layanan: { id: {}, en: {} } },
    });
    const b: WebModule = defineWebModule({
      key: 'b',
      publicRoutes: [route('layanan')],
      staffRoutes: [],
      nav: [],
      portalCards: [
        { key: 'b-card', titleKey: 'nav.account', textKey: 'nav.account', linkKey: 'nav.account', to: '/t/$slug/x' },
      ],
      messages: { layanan: { id: {}, en: {} } },
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
