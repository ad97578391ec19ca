import { z } from 'zod';

/** A text in both interface languages; the web shows the one of its current language. */
export const labelSchema = z.object({ id: z.string(), en: z.string() });
export type Label = z.infer<typeof labelSchema>;

/**
 * One entry of a tenant's audit log as people read it: the action and the entity by their labels and the entity by
 * its human reference (a complaint's code, an employee's name and NIP), never by a key or an id.
 */
export const auditLogEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  /** The person's display name at the time, or null for the system (a job, the demo seed). */
  actorName: z.string().nullable(),
  action: z.string(),
  actionLabel: labelSchema,
  entityType: z.string(),
  /** For API clients; screens show the reference instead. */
  entityId: z.string().nullable(),
  entityLabel: labelSchema,
  /** The record's reference, or null when it cannot be named any more (removed since). */
  entityReference: labelSchema.nullable(),
  digest: z.string(),
  hash: z.string(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

/** The actions an audit log can hold, with their labels, for its filter. */
export const auditActionsSchema = z.object({
  items: z.array(z.object({ action: z.string(), label: labelSchema })),
});
export type AuditActions = z.infer<typeof auditActionsSchema>;
