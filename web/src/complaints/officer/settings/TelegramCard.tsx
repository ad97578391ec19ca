import { Alert, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { ErrorAlert } from '../../../ui/components';
import { formatDateTime } from '../../../ui/format';
import { currentLang } from '../../../ui/i18n';
import { useTenantTimeZone } from '../../../ui/tenant';
import { complaintsPath } from '../../api';

interface TelegramSettings {
  configured: boolean;
  botTokenHint: string | null;
  updatedAt: string | null;
  webhookPath?: string;
}

interface WebhookResult {
  ok: boolean;
  description: string | null;
  webhookUrl: string;
}

/** The Telegram bot: its token, the webhook set at Telegram in one click (with what Telegram said), off. */
export function TelegramCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const queryKey = ['tenant', slug, 'complaints', 'telegram'];
  const settings = useQuery({
    queryKey,
    queryFn: ({ signal }) => api<TelegramSettings>(complaintsPath(slug, '/telegram'), { signal }),
  });
  const [token, setToken] = useState('');
  const configure = useMutation({
    mutationFn: () =>
      api<TelegramSettings>(complaintsPath(slug, '/telegram'), { method: 'PUT', body: { botToken: token.trim() } }),
    onSuccess: (saved) => {
      setToken('');
      queryClient.setQueryData(queryKey, saved);
    },
  });
  const remove = useMutation({
    mutationFn: () => api<TelegramSettings>(complaintsPath(slug, '/telegram'), { method: 'DELETE' }),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
  const setWebhook = useMutation({
    mutationFn: () => api<WebhookResult>(complaintsPath(slug, '/telegram/webhook'), { method: 'POST', body: {} }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey }),
  });
  const webhook = configure.data?.webhookPath ? `${window.location.origin}${configure.data.webhookPath}` : null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="telegram-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="telegram-heading">
          {t('complaints.settings.telegram')}
        </Title>
        <Text size="sm">{t('complaints.settings.telegramIntro')}</Text>
        <ErrorAlert error={settings.error ?? configure.error ?? remove.error ?? setWebhook.error} />
        {settings.data?.configured ? (
          <Text size="sm">
            {t('complaints.settings.telegramOn', {
              hint: settings.data.botTokenHint ?? '',
              at: settings.data.updatedAt ? formatDateTime(settings.data.updatedAt, timeZone, lang) : '—',
            })}
          </Text>
        ) : settings.data ? (
          <Text size="sm" c="dimmed">
            {t('complaints.settings.telegramOff')}
          </Text>
        ) : null}
        {/* Setting the webhook at Telegram makes a new secret: the address shown before it no longer works. */}
        {webhook && !setWebhook.data?.ok ? (
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t('complaints.settings.webhook')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {webhook}
            </Code>
          </Alert>
        ) : null}
        {setWebhook.data ? (
          <Alert
            color={setWebhook.data.ok ? 'green' : 'red'}
            variant="light"
            role="status"
            data-testid="webhook-result"
            title={setWebhook.data.ok ? t('complaints.settings.webhookSet') : t('complaints.settings.webhookRefused')}
          >
            <Stack gap={4}>
              {setWebhook.data.description ? (
                <Text size="sm">{t('complaints.settings.telegramSaid', { text: setWebhook.data.description })}</Text>
              ) : null}
              <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {setWebhook.data.webhookUrl}
              </Code>
            </Stack>
          </Alert>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim()) configure.mutate();
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('complaints.settings.botToken')}
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              autoComplete="off"
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" loading={configure.isPending} disabled={!token.trim()}>
              {t('complaints.settings.saveBot')}
            </Button>
            {settings.data?.configured ? (
              <Button variant="default" loading={setWebhook.isPending} onClick={() => setWebhook.mutate()}>
                {t('complaints.settings.setWebhook')}
              </Button>
            ) : null}
            {settings.data?.configured ? (
              <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()}>
                {t('complaints.settings.turnOff')}
              </Button>
            ) : null}
          </Group>
        </form>
      </Stack>
    </Card>
  );
}
