import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, roleName } from './auth/role-labels';
import { ROLES } from './auth/schemas';
import { COMPLAINT_EVENT_KINDS, COMPLAINT_EVENT_LABELS, complaintEventLabel, complaintEventText } from './complaints';
import { LANGS } from './http/errors';

const KEY_LIKE = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

describe('label tables: every role and every complaint step is named in both languages', () => {
  it.each(ROLES.map((role) => [role]))('role %s', (role) => {
    for (const lang of LANGS) {
      const label = ROLE_LABELS[role]?.[lang] ?? '';
      expect(label.trim(), `${role} ${lang}`).not.toBe('');
      expect(label).not.toMatch(KEY_LIKE);
      expect(roleName(role, lang)).toBe(label);
    }
  });

  it.each(COMPLAINT_EVENT_KINDS.map((kind) => [kind]))('complaint step %s', (kind) => {
    for (const lang of LANGS) {
      const label = COMPLAINT_EVENT_LABELS[kind][lang];
      expect(label.trim(), `${kind} ${lang}`).not.toBe('');
      expect(label).not.toMatch(KEY_LIKE);
      expect(complaintEventLabel(kind, lang)).toBe(label);
    }
    expect(COMPLAINT_EVENT_LABELS[kind].id).not.toBe(COMPLAINT_EVENT_LABELS[kind].en);
  });

  it('never shows a key for a role or step it does not know', () => {
    expect(roleName('wizard', 'id')).toBe('Peran lain');
    expect(complaintEventLabel('teleported', 'en')).toBe('Follow-up step');
  });

  it('words the recipients of reminders and escalations the deadline sweep records', () => {
    expect(complaintEventText('reminder', 'coordinator', 'id')).toBe('Dikirim kepada koordinator pengaduan.');
    expect(complaintEventText('escalated', 'officers', 'en')).toBe("Sent to the unit's complaint officers.");
    expect(complaintEventText('escalated', 'head of unit: Budi Santoso; coordinator', 'id')).toBe(
      'Dikirim kepada kepala unit (Budi Santoso) dan koordinator pengaduan.',
    );
    expect(complaintEventText('answered', 'coordinator', 'id')).toBe('coordinator');
  });
});
