import { complaintEventLabel, complaintEventText } from '@lentera/common';
import { currentLang } from '../ui/i18n';

/** A complaint step's name from the shared table (never its key, even for a step this build does not know). */
export function stepName(kind: string): string {
  return complaintEventLabel(kind, currentLang());
}

/** A step's text; the recipients of a reminder or escalation worded in the interface language. */
export function stepText(kind: string, text: string): string {
  return complaintEventText(kind, text, currentLang());
}
