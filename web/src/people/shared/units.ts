import type { Unit } from '@lentera/common';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

/** The unit (OPD) tree of a government, as the server sends it: every open unit with its path of ids. */
export function unitsQuery(slug: string, includeClosed = false) {
  return queryOptions({
    queryKey: ['tenant', slug, 'people', 'units', { includeClosed }],
    queryFn: ({ signal }) =>
      api<{ items: Unit[] }>(`/api/t/${encodeURIComponent(slug)}/people/units`, {
        query: { includeClosed: includeClosed ? 'true' : undefined },
        signal,
      }),
    select: (data) => data.items,
    // The structure changes rarely; pickers on several pages share one copy.
    staleTime: 5 * 60_000,
  });
}

/** The units of a government (closed ones too when asked). Invalidate `['tenant', slug, 'people', 'units']`. */
export function useUnits(slug: string, includeClosed = false) {
  return useQuery(unitsQuery(slug, includeClosed));
}

/**
 * Unit names by id, for showing a unit someone only has the id of (a role granted on a unit). Loads the tree only
 * when `enabled` (the person may see the structure and holds a unit-scoped role); empty until it has loaded.
 */
export function useUnitNames(slug: string | undefined, enabled: boolean): ReadonlyMap<string, string> {
  const { data } = useQuery({ ...unitsQuery(slug ?? '', true), enabled: enabled && Boolean(slug) });
  return new Map((data ?? []).map((u) => [u.id, u.name]));
}

export const UNIT_PATH_SEPARATOR = ' › ';

/** "Dinas Kesehatan › Bidang Pelayanan › Seksi Rujukan": the unit's names from the top of the tree. */
export function unitPathLabel(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  const names = unit.path
    .filter((id) => id !== unit.id)
    .map((id) => byId.get(id)?.name)
    .filter((name): name is string => Boolean(name));
  return [...names, unit.name].join(UNIT_PATH_SEPARATOR);
}

export interface UnitOption {
  value: string;
  label: string;
  /** The unit's depth in the tree (0 for the top), for indenting. */
  depth: number;
  unit: Unit;
}

/** Units as picker options in tree order (parents before their children, siblings by name), labelled by path. */
export function unitOptions(units: readonly Unit[]): UnitOption[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    // A unit whose parent is not in the list (closed, or out of scope) is shown at the top.
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const options: UnitOption[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      options.push({ value: unit.id, label: unitPathLabel(unit, byId), depth, unit });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
