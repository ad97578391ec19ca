import type { AnyRoute } from '@tanstack/react-router';
import type { NavEntry } from './ui/nav';
import type { WebModule } from './ui/web-module';

/** A route's whole path from its definition (`/t/$slug/pengaduan/baru`); pathless layout routes add nothing. */
export function routeFullPath(route: AnyRoute): string {
  const segments: string[] = [];
  let current: AnyRoute | undefined = route;
  while (current && !current.isRoot) {
    const path = (current.options as { path?: string }).path;
    if (path) segments.unshift(path.replace(/^\/+|\/+$/g, ''));
    current = (current.options as { getParentRoute?: () => AnyRoute }).getParentRoute?.();
  }
  return `/${segments.filter(Boolean).join('/')}`;
}

/**
 * What is wrong with a list of web modules, in words: two modules (or one, twice) registering the same path,
 * a navbar entry, portal task or card leading to a path that no module registers (nor the platform, whose paths
 * are given), and a module whose message namespaces another module also claims. Empty when all is well.
 */
export function moduleProblems(modules: readonly WebModule[], platformPaths: readonly string[] = []): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>(platformPaths.map((path) => [path, 'platform']));
  for (const module of modules) {
    for (const route of [...module.publicRoutes, ...module.staffRoutes]) {
      const path = routeFullPath(route);
      const other = owner.get(path);
      if (other) problems.push(`${module.key}: ${path} is also registered by ${other}`);
      else owner.set(path, module.key);
    }
  }
  const namespaces = new Map<string, string>();
  for (const module of modules) {
    const targets: Array<[string, string]> = [
      ...module.nav.map((entry: NavEntry): [string, string] => [`navigation entry ${entry.key}`, entry.path]),
      ...(module.portalTasks ?? []).flatMap(
        (task): Array<[string, string]> => ('to' in task ? [[`portal task ${task.key}`, task.to]] : []),
      ),
      ...(module.portalCards ?? []).map((card): [string, string] => [`portal card ${card.key}`, card.to]),
    ];
    for (const [what, path] of targets) {
      if (!owner.has(path)) problems.push(`${module.key}: ${what} leads to ${path}, which no module registers`);
    }
    for (const namespace of Object.keys(module.messages)) {
      const other = namespaces.get(namespace);
      if (other) problems.push(`${module.key}: message namespace ${namespace} is also ${other}'s`);
      else namespaces.set(namespace, module.key);
    }
  }
  return problems;
}
