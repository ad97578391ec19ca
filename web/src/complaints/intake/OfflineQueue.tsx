import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links';
import { discardQueued, type QueuedComplaint, useOnline } from '../offline';

/** Complaints kept on this device while offline: their state, and their code once sent. */
export function OfflineQueue({ items, onFlush }: { items: QueuedComplaint[]; onFlush: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  if (items.length === 0) return null;
  const waiting = items.filter((q) => q.state === 'pending' || q.state === 'sending');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="offline-heading" data-testid="offline-queue">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="offline-heading">
          {t('complaints.offline.title')}
        </Title>
        {waiting.length > 0 ? (
          <Text size="sm" role="status">
            {waiting.some((q) => q.state === 'sending')
              ? t('complaints.offline.sending')
              : t('complaints.offline.pending', { count: waiting.length })}
          </Text>
        ) : null}
        <List spacing="xs" size="sm">
          {items.map((item) => (
            <List.Item key={item.id}>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {item.input.title}
                </Text>
                {item.state === 'sent' && item.result ? (
                  <Text size="sm">
                    {t('complaints.offline.sent', { title: item.input.title, code: item.result.code })}{' '}
                    {item.result.followPath ? (
                      <Anchor href={item.result.followPath}>{t('complaints.offline.openFollow')}</Anchor>
                    ) : (
                      <AnchorLink
                        to="/t/$slug/pengaduan/saya/$complaintId"
                        params={{ slug: item.slug, complaintId: item.result.id }}
                      >
                        {t('complaints.offline.openMine')}
                      </AnchorLink>
                    )}
                  </Text>
                ) : null}
                {item.state === 'failed' ? (
                  <Text size="sm" c="red.8">
                    {t('complaints.offline.failed', { title: item.input.title, message: item.error ?? '' })}
                  </Text>
                ) : null}
                {item.state === 'pending' ? (
                  <Text size="sm" c="dimmed">
                    {t('complaints.offline.saved')}
                  </Text>
                ) : null}
                {item.state === 'sent' || item.state === 'failed' ? (
                  <Group>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => void discardQueued(item.id)}
                      aria-label={`${t('complaints.offline.discard')}: ${item.input.title}`}
                    >
                      {t('complaints.offline.discard')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </List.Item>
          ))}
        </List>
        {waiting.length > 0 && online ? (
          <Group>
            <Button size="xs" onClick={onFlush}>
              {t('complaints.offline.sendNow')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
