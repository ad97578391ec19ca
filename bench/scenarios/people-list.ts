import { fetchJson } from '../lib/http';
import type { BenchRequest, Scenario } from '../lib/types';

const TENANT = 'dumai';
const EMPLOYEES = 10_000;
/** Dinas Pendidikan: the largest agency of the demo cities, with its secretariat and two bidang under it. */
const UNIT_CODE = 'DISDIK';

/** Filters sent in turn on every connection, each on top of "this unit with its sub-units, by name, page 2". */
const VARIANTS: Array<Record<string, string>> = [
  { status: 'PNS' },
  { status: 'PPPK' },
  { status: 'PNS', positionKind: 'fungsional_keahlian' },
  { status: 'PNS', rank: 'III/b' },
  { status: 'PNS', dir: 'desc' },
  { status: 'PNS', q: 'an' },
];

/**
 * The hr_admin's employee list on a realistic tenant: one agency with its sub-units, filtered by status
 * (and in turn by kind of position, golongan, a name fragment, the other sort direction), sorted by name,
 * page 2. Each request is a count and a page of the same filter, plus the unit and position names.
 */
export const peopleList: Scenario = {
  name: 'people-list',
  description:
    `GET /api/t/${TENANT}/people/employees as the hr_admin, ${EMPLOYEES.toLocaleString('en')} employees: ` +
    `unit ${UNIT_CODE} with sub-units, status, in turn kind/golongan/name/desc, by name, page 2 of 25.`,
  connections: 20,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const account = await ctx.demoLogin(TENANT, 'hr_admin');
    const session = await ctx.login(account.login, account.password);
    const headers = { cookie: session.cookie, accept: 'application/json' };
    const { items: units } = await fetchJson<{ items: Array<{ id: string; code: string }> }>(
      ctx,
      `/api/t/${TENANT}/people/units`,
      { headers },
    );
    const unit = units.find((u) => u.code === UNIT_CODE);
    if (!unit) throw new Error(`no unit ${UNIT_CODE} in ${TENANT} (GET /people/units)`);
    const requests: BenchRequest[] = VARIANTS.map((filter) => ({
      method: 'GET',
      path: `/api/t/${TENANT}/people/employees?${new URLSearchParams({
        unitId: unit.id,
        includeSubunits: 'true',
        sort: 'name',
        dir: 'asc',
        page: '2',
        pageSize: '25',
        ...filter,
      })}`,
      headers: { accept: 'application/json' },
    }));
    // Every variant must have a second page, or some requests would time an empty answer.
    const totals: number[] = [];
    for (const request of requests) {
      const page = await fetchJson<{ items: unknown[]; total: number }>(ctx, request.path, { headers });
      if (page.items.length === 0) throw new Error(`${request.path} has no page 2 (${page.total} matches)`);
      totals.push(page.total);
    }
    return {
      headers: { cookie: session.cookie },
      requests,
      note: `as ${account.login}; ${unit.code} subtree, matches per variant ${totals.join('/')}`,
    };
  },
  targets: { p99Ms: 50 },
};
