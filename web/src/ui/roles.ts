import { roleName } from '@lentera/common';
import { currentLang } from './i18n';

/** A role's name as people in the office say it ("Admin BKPSDM"), from the shared table of role labels. */
export function roleLabel(role: string): string {
  return roleName(role, currentLang());
}
