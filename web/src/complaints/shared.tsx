import type { ComplaintStatus } from '@lentera/common';
import { Badge, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import { currentLang, i18n } from '../ui/i18n';
import { useTenantTimeZone } from '../ui/tenant';

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

/** The status as a coloured badge whose text is the status name (colour is never the only cue). */
export function StatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
      {t(`complaints.status.${status}`)}
    </Badge>
  );
}

export interface TimelineItem {
  at: string;
  kind: string;
  text: string | null;
  internal?: boolean;
  actor?: string | null;
}

/** A known step's name, or the raw kind for a step this screen does not know yet. */
function kindLabel(kind: string): string {
  const key = `complaints.timelineKind.${kind}`;
  return i18n.exists(key) ? String(i18n.t(key as never)) : kind;
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
              {kindLabel(item.kind)}
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
              {item.text}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
