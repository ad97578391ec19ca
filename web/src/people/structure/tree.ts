import type { Unit } from '@lentera/common';

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

/**
 * Siblings in the order an organisation chart of a regional government lists them: the Sekretariat Daerah, the
 * Sekretariat DPRD, the Inspektorat, dinas, badan, kecamatan; within a unit its sekretariat before its bidang.
 */
const TYPE_ORDER = [
  'sekretariat_daerah',
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'kecamatan',
  'bagian',
  'bidang',
];
const typeRank = (type: string) => {
  const rank = TYPE_ORDER.indexOf(type);
  return rank < 0 ? TYPE_ORDER.length : rank;
};

/** The flat list as a forest: parents before children, siblings by kind, then name. A unit whose parent is absent is a root. */
export function buildForest(units: readonly Unit[]): UnitNode[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  const build = (parent: string | null, depth: number): UnitNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.name.localeCompare(b.name, 'id'))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1) }));
  return build(null, 0);
}

/** Units whose name or code contains the text, with their ancestors (to show where they sit); null: no filter. */
export function matchingIds(units: readonly Unit[], text: string): Set<string> | null {
  const needle = text.trim().toLowerCase();
  if (!needle) return null;
  const ids = new Set<string>();
  for (const unit of units)
    if (unit.name.toLowerCase().includes(needle) || unit.code.toLowerCase().includes(needle))
      for (const id of unit.path) ids.add(id);
  return ids;
}

/** Units in tree order with their depth, labelled for pickers ("· · Bidang Anggaran"). */
export function unitPickerOptions(units: readonly Unit[], exclude?: (unit: Unit) => boolean) {
  const options: Array<{ value: string; label: string }> = [];
  const visit = (nodes: UnitNode[]) => {
    for (const node of nodes) {
      // Only the excluded unit itself: its descendants stay, so that a wrong choice gets the server's reason.
      if (!exclude?.(node.unit))
        options.push({ value: node.unit.id, label: `${'· '.repeat(node.depth)}${node.unit.name} (${node.unit.code})` });
      visit(node.children);
    }
  };
  visit(buildForest(units.filter((u) => !u.closedOn)));
  return options;
}

/** The ids of every unit with children: "expand all". */
export function parentIds(units: readonly Unit[]): Set<string> {
  return new Set(units.map((u) => u.parentId).filter((id): id is string => id !== null));
}
