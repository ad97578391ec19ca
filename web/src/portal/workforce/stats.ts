import type { WorkforceStats } from '@lentera/common';

export type WorkforceUnit = WorkforceStats['units'][number];

export interface CategoryCount {
  key: string;
  count: number;
}

/**
 * A dimension's counts in the order people read them (the known categories first, in `order`), then any
 * category the server sent that the page does not know yet, so that no figure is ever dropped.
 */
export function orderedCounts(
  values: Readonly<Record<string, number>>,
  order: readonly string[],
  options: { keepZero?: boolean } = {},
): CategoryCount[] {
  const known = order
    .filter((key) => (options.keepZero ? true : (values[key] ?? 0) > 0))
    .map((key) => ({ key, count: values[key] ?? 0 }));
  const others = Object.keys(values)
    .filter((key) => !order.includes(key) && (values[key] ?? 0) > 0)
    .sort()
    .map((key) => ({ key, count: values[key] ?? 0 }));
  return [...known, ...others];
}

/** Each unit's depth in the tree (0 for a top unit), from the parent links. */
export function unitDepths(units: readonly WorkforceUnit[]): Map<string, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depths = new Map<string, number>();
  const depthOf = (unit: WorkforceUnit, seen: Set<string>): number => {
    const known = depths.get(unit.id);
    if (known !== undefined) return known;
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    // A parent missing from the list (closed) or a loop makes the unit a top unit rather than hiding it.
    const depth = parent && !seen.has(parent.id) ? depthOf(parent, seen.add(unit.id)) + 1 : 0;
    depths.set(unit.id, depth);
    return depth;
  };
  for (const unit of units) depthOf(unit, new Set());
  return depths;
}

/** The units in tree order (each followed by its sub-units), whatever order they came in. */
export function treeOrder(units: readonly WorkforceUnit[]): WorkforceUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, WorkforceUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: WorkforceUnit[] = [];
  const visit = (parent: string | null) => {
    for (const unit of children.get(parent) ?? []) {
      if (ordered.includes(unit)) continue;
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

/**
 * Headcounts by agency (perangkat daerah): every unit one level below a top unit, with the staff of all its
 * sub-units; a top unit counts only the staff placed in it directly (its agencies are listed on their own).
 */
export function headcountsByAgency(units: readonly WorkforceUnit[]): Array<WorkforceUnit & { total: number }> {
  const depths = unitDepths(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const agencyOf = (unit: WorkforceUnit): WorkforceUnit => {
    let current = unit;
    while ((depths.get(current.id) ?? 0) > 1 && current.parentId) {
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const totals = new Map<string, number>();
  for (const unit of units) {
    const agency = agencyOf(unit);
    totals.set(agency.id, (totals.get(agency.id) ?? 0) + unit.headcount);
  }
  return units
    .filter((u) => totals.has(u.id))
    .map((u) => ({ ...u, total: totals.get(u.id) ?? 0 }))
    .filter((u) => u.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'id'));
}
