import { ROLES, type Role } from '@lentera/common';
import { i18n } from './i18n';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role's name as people in the office say it ("Admin BKPSDM"); an unknown role shows its code. */
export function roleLabel(role: string): string {
  return isRole(role) ? i18n.t(`roleNames.${role}`) : role;
}
