import { SURVEYS_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';

export const SURVEYS = SURVEYS_PERMISSIONS;

/** A unit of a tenant: what a survey permission is asked about. */
export interface UnitSubject {
  tenantId: string;
  unitId: string;
}

/**
 * Survey officers and unit admins act for their unit (and the units below it); the tenant admin for every unit.
 * Publishing is the unit admin's (or the tenant admin's); a service officer of the unit may start a kiosk response.
 * Without a subject, the question is whether the person may use the screen at all (the menus).
 */
export function defineSurveysPolicies(access: AccessRegistry): void {
  const scoped =
    (roles: string[]) => async (actor: Parameters<typeof hasAnyRole>[0], subject: UnitSubject | undefined) => {
      if (hasAnyRole(actor, 'tenant_admin')) return true;
      if (!subject) return hasAnyRole(actor, ...roles);
      for (const role of roles) if (await access.hasRole(actor, role, subject.tenantId, subject.unitId)) return true;
      return false;
    };
  access.define<UnitSubject | undefined>(SURVEYS.manage, scoped(['survey_officer', 'unit_admin']), { menu: true });
  access.define<UnitSubject | undefined>(SURVEYS.publish, scoped(['unit_admin']), { menu: true });
  access.define<UnitSubject | undefined>(SURVEYS.kiosk, scoped(['survey_officer', 'unit_admin', 'service_officer']), {
    menu: true,
  });
  access.define(SURVEYS.configure, (actor) => hasAnyRole(actor, 'tenant_admin'), { menu: true });
}
