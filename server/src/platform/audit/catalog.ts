import type { Lang } from '@lentera/common';
import type { Ctx } from '../context';
import { metaAuditVocabulary } from '../messaging/meta/config';
import type { ModuleManifest } from '../module';
import { platformAuditVocabulary } from './vocabulary';

/** A text in both interface languages. */
export type Label = Readonly<Record<Lang, string>>;

/** How an entity type is named, and how one of its records is referred to by people (a code, a name and NIP). */
export interface AuditEntityVocabulary {
  label: Label;
  /**
   * The human references of these records of the context's tenant (`DUM-ADU-2026-000123`, `Budi Santoso · NIP …`),
   * by id; a record it cannot name (deleted since) is left out, and the entry shows the type alone.
   */
  describe?(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string | Label>>;
}

/** The audit actions a module writes, with their labels, and the entity types they concern. */
export interface AuditVocabulary {
  /** `complaint.escalated` → { id: 'Pengaduan dieskalasi', en: 'Complaint escalated' }. */
  actions: Readonly<Record<string, Label>>;
  entities: Readonly<Record<string, AuditEntityVocabulary>>;
}

/** A reference a describer answered, in both languages. */
function asLabel(value: string | Label): Label {
  return typeof value === 'string' ? { id: value, en: value } : value;
}

/**
 * Every audit action and entity type of the installation (the platform's and each module's), so that the audit log
 * shows "Pengaduan dieskalasi · DUM-ADU-2026-000123" instead of `complaint.escalated` and a UUID.
 */
export class AuditCatalog {
  private readonly actions = new Map<string, Label>();
  private readonly entities = new Map<string, AuditEntityVocabulary>();

  constructor(vocabularies: readonly AuditVocabulary[]) {
    for (const vocabulary of vocabularies) {
      for (const [action, label] of Object.entries(vocabulary.actions)) {
        if (this.actions.has(action)) throw new Error(`audit action ${action} is labelled twice`);
        this.actions.set(action, label);
      }
      for (const [type, entity] of Object.entries(vocabulary.entities)) {
        if (this.entities.has(type)) throw new Error(`audit entity type ${type} is declared twice`);
        this.entities.set(type, entity);
      }
    }
  }

  actionNames(): string[] {
    return [...this.actions.keys()];
  }

  entityTypes(): string[] {
    return [...this.entities.keys()];
  }

  /** The action's label; an action nobody labelled (a gap the label test reports) reads as a generic change. */
  actionLabel(action: string): Label {
    return this.actions.get(action) ?? { id: 'Perubahan data', en: 'Data changed' };
  }

  entityLabel(type: string): Label {
    return this.entities.get(type)?.label ?? { id: 'Data', en: 'Record' };
  }

  /** The references of the entries' entities, asked once per type, keyed `type:id`. */
  async describe(ctx: Ctx, entries: ReadonlyArray<{ entityType: string; entityId: string | null }>) {
    const idsByType = new Map<string, Set<string>>();
    for (const { entityType, entityId } of entries) {
      if (!entityId) continue;
      const ids = idsByType.get(entityType) ?? new Set<string>();
      ids.add(entityId);
      idsByType.set(entityType, ids);
    }
    const references = new Map<string, Label>();
    for (const [type, ids] of idsByType) {
      const describe = this.entities.get(type)?.describe;
      if (!describe) continue;
      const found = await describe(ctx, [...ids]);
      for (const [id, reference] of found) references.set(`${type}:${id}`, asLabel(reference));
    }
    return references;
  }
}

/** The installation's catalog: the platform's vocabulary and every module's (`audit` in its manifest). */
export function auditCatalogFor(modules: readonly ModuleManifest[]): AuditCatalog {
  return new AuditCatalog([
    platformAuditVocabulary,
    metaAuditVocabulary,
    ...modules.flatMap((m) => (m.audit ? [m.audit] : [])),
  ]);
}
