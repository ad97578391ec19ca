import { EMPLOYEE_SORTS, EMPLOYEE_STATUSES, EMPLOYMENT_STATES, JABATAN_KIND_CODES } from '@lentera/common';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute } from '../../routes/shell';
import { searchPositiveInt, searchString } from '../../ui/search';
import type { EmployeeFilter } from './api';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The employee list's filter from the URL: anything unknown is dropped rather than breaking the page. */
export function validateEmployeeFilter(search: Record<string, unknown>): EmployeeFilter {
  return {
    q: searchString(search.q)?.slice(0, 100),
    unitId: searchString(search.unitId),
    subunits: search.subunits === 'no' ? 'no' : undefined,
    positionKind: oneOf(JABATAN_KIND_CODES, search.positionKind),
    rank: searchString(search.rank)?.slice(0, 6),
    status: oneOf(EMPLOYEE_STATUSES, search.status),
    employment: oneOf([...EMPLOYMENT_STATES, 'all'], search.employment),
    sort: oneOf(EMPLOYEE_SORTS, search.sort),
    dir: oneOf(['asc', 'desc'] as const, search.dir),
    page: searchPositiveInt(search.page),
  };
}

const employeesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/employees',
  validateSearch: validateEmployeeFilter,
  component: lazyRouteComponent(() => import('./EmployeesPage'), 'EmployeesPage'),
});
const employeeRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/employees/$employeeId',
  component: lazyRouteComponent(() => import('./EmployeeDetailPage'), 'EmployeeDetailPage'),
});
const myRecordRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/me',
  component: lazyRouteComponent(() => import('./MyRecordPage'), 'MyRecordPage'),
});
const correctionsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/corrections',
  validateSearch: (search: Record<string, unknown>): { status?: 'approved' | 'rejected' } => ({
    status: oneOf(['approved', 'rejected'] as const, search.status),
  }),
  component: lazyRouteComponent(() => import('./CorrectionsPage'), 'CorrectionsPage'),
});
const directoryRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/directory',
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => ({
    q: searchString(search.q)?.slice(0, 100),
    page: searchPositiveInt(search.page),
  }),
  component: lazyRouteComponent(() => import('./DirectoryPage'), 'DirectoryPage'),
});

/** The employees pages: routes whose parent is `staffRoute` from `routes/shell.tsx`; router.tsx adds them. */
export const employeesRoutes = [
  employeesRoute,
  employeeRoute,
  myRecordRoute,
  correctionsRoute,
  directoryRoute,
] as const;
