import { ApiError } from '../../ui/api';
import type { AdminService, NewService } from '../api';

/** The fields of the service form; a server field error on one of them is shown under it. */
export const SERVICE_FIELDS = ['unitId', 'name', 'nameEn', 'summary', 'active'] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];
export type ServiceProblems = Partial<Record<ServiceField, string>>;

export const EMPTY_SERVICE: NewService = { unitId: '', name: '', nameEn: '', summary: '', active: true };

/** The form's values for an existing service (what the edit dialog starts from). */
export function serviceValues(service: AdminService): NewService {
  return {
    unitId: service.unitId,
    name: service.name,
    nameEn: service.nameEn,
    summary: service.summary,
    active: service.active,
  };
}

/**
 * The units to choose from, by name; the service's current unit stays in the list even when the unit tree no
 * longer lists it (closed), so the select never shows blank for a saved service.
 */
export function unitOptions(
  units: ReadonlyArray<{ id: string; name: string }>,
  current?: { unitId: string; unitName: string },
): { value: string; label: string }[] {
  const options = units.map((u) => ({ value: u.id, label: u.name }));
  if (current?.unitId && !options.some((o) => o.value === current.unitId))
    options.push({ value: current.unitId, label: current.unitName });
  return options.sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** What the browser checks before sending (the same minimums as `publicServiceInputSchema`). */
export function localProblems(
  values: NewService,
  messages: { unitRequired: string; nameRequired: string },
): ServiceProblems {
  const problems: ServiceProblems = {};
  if (!values.unitId) problems.unitId = messages.unitRequired;
  if (values.name.trim().length < 3) problems.name = messages.nameRequired;
  return problems;
}

/** The server's 400 details that name a field of the form, by field (the first message of each). */
export function serverProblems(error: unknown): ServiceProblems {
  if (!(error instanceof ApiError)) return {};
  const problems: ServiceProblems = {};
  for (const { path, message } of error.fieldErrors) {
    const field = SERVICE_FIELDS.find((f) => f === path);
    if (field && problems[field] === undefined) problems[field] = message;
  }
  return problems;
}

/** True when every detail of the server's 400 names a field of the form: all is said under the fields already. */
export function onlyFieldProblems(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  return error.fieldErrors.every(({ path }) => SERVICE_FIELDS.some((f) => f === path));
}
