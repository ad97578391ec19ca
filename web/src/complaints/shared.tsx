import { COMPLAINTS_PERMISSIONS, type ComplaintStatus } from '@lentera/common';
import { Badge, Text, Timeline } from '@mantine/core';
import { useMatches } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { StatusBadge as SharedStatusBadge } from '../ui/StatusBadge';
import { hasPermission, useAccount } from '../ui/session';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { stepName, stepText } from './step-labels';

const STATUS_COLORS: Record<ComplaintStatus, string> = {
  received: 'blue',
  postponed: 'yellow',
  referred: 'gray',
  archived: 'gray',
  merged: 'gray',
  routed: 'indigo',
  in_progress: 'cyan',
  answered: 'green',
  closed: 'teal',
};

/**
 * The status as a coloured badge whose text is the status name (colour is never the only cue). Complaint staff at
 * work see the desk's terms; everyone else (the portal, a citizen's own complaints) sees plain words a citizen
 * understands. `audience` overrides the choice.
 */
export function StatusBadge({ status, audience }: { status: ComplaintStatus; audience?: 'staff' | 'public' }) {
  const { t } = useTranslation();
  const staff = useIsComplaintStaffArea();
  const label =
    (audience ?? (staff ? 'staff' : 'public')) === 'public'
      ? t(`complaints.publicStatus.${status}`)
      : t(`complaints.status.${status}`);
  return <SharedStatusBadge color={STATUS_COLORS[status]} label={label} />;
}

/** True on a staff page for a person who works on complaints. */
function useIsComplaintStaffArea(): boolean {
  const account = useAccount();
  const slug = useTenantSlug();
  const isStaffArea = useMatches({ select: (matches) => matches.some((m) => m.staticData.area === 'staff') });
  return isStaffArea && hasPermission(account, COMPLAINTS_PERMISSIONS.work, slug);
}

export interface TimelineItem {
  at: string;
  kind: string;
  text: string | null;
  internal?: boolean;
  actor?: string | null;
}

/** The complaint's steps in time order; internal notes marked as such (staff views only get them). */
export function ComplaintTimeline({ items }: { items: readonly TimelineItem[] }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (
    <Timeline active={items.length - 1} bulletSize={14} lineWidth={2} aria-label={t('complaints.follow.timeline')}>
      {items.map((item, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order never changes
          key={`${item.at}-${index}`}
          title={
            <Text fw={600} size="sm" component="span">
              {stepName(item.kind)}
              {item.internal ? (
                <Badge ml="xs" size="xs" color="gray" variant="outline">
                  {t('complaints.officer.internal')}
                </Badge>
              ) : null}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(item.at, timeZone, lang)}
            {item.actor ? ` · ${item.actor}` : ''}
          </Text>
          {item.text ? (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {stepText(item.kind, item.text)}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
