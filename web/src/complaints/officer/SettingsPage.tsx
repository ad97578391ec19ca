import { COMPLAINTS_PERMISSIONS, MESSAGING_PERMISSIONS } from '@lentera/common';
import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { hasPermission, useAccount } from '../../ui/session';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { complaintsPath } from '../api';
import { MetaChannelsCard } from './settings/MetaChannelsCard';
import { TelegramCard } from './settings/TelegramCard';

/** The channels' permission (Open311 keys, Telegram bot): the tenant admin; defined by the server's channels. */
const CHANNELS_PERMISSION = 'complaints.channels';

interface Settings {
  verificationDays: number;
  reopenDays: number;
  guestPerHour: number;
  dailyDigest: boolean;
}
interface Open311Key {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

function RulesCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['tenant', slug, 'complaints', 'settings'],
    queryFn: ({ signal }) => api<Settings>(complaintsPath(slug, '/settings'), { signal }),
  });
  const [draft, setDraft] = useState<Settings | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (body: Settings) => api<Settings>(complaintsPath(slug, '/settings'), { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['tenant', slug, 'complaints', 'settings'], saved);
      notify(t('complaints.officer.done'), 'success');
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rules-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="rules-heading">
          {t('complaints.settings.rules')}
        </Title>
        {settings.isPending ? <PageLoader /> : null}
        <ErrorAlert error={settings.error ?? save.error} />
        {draft ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(draft);
            }}
          >
            <Stack gap="sm" maw={420}>
              <NumberInput
                label={t('complaints.settings.verificationDays')}
                min={1}
                max={30}
                value={draft.verificationDays}
                onChange={(v) => setDraft({ ...draft, verificationDays: Number(v) || 1 })}
              />
              <NumberInput
                label={t('complaints.settings.reopenDays')}
                min={1}
                max={60}
                value={draft.reopenDays}
                onChange={(v) => setDraft({ ...draft, reopenDays: Number(v) || 1 })}
              />
              <NumberInput
                label={t('complaints.settings.guestPerHour')}
                min={0}
                max={1000}
                value={draft.guestPerHour}
                onChange={(v) => setDraft({ ...draft, guestPerHour: Number(v) || 0 })}
              />
              <Switch
                label={t('complaints.settings.dailyDigest')}
                checked={draft.dailyDigest}
                onChange={(e) => setDraft({ ...draft, dailyDigest: e.currentTarget.checked })}
              />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('complaints.settings.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

function Open311Card({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const queryClient = useQueryClient();
  const queryKey = ['tenant', slug, 'complaints', 'open311-keys'];
  const keys = useQuery({
    queryKey,
    queryFn: ({ signal }) => api<{ items: Open311Key[] }>(complaintsPath(slug, '/open311-keys'), { signal }),
    select: (data) => data.items,
  });
  const [name, setName] = useState('');
  const [revoking, setRevoking] = useState<Open311Key | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api<Open311Key & { key: string }>(complaintsPath(slug, '/open311-keys'), { method: 'POST', body: { name } }),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      api<Open311Key>(complaintsPath(slug, `/open311-keys/${encodeURIComponent(id)}`), { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey });
    },
  });
  const when = (value: string | null) => (value ? formatDateTime(value, timeZone, lang) : '—');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="open311-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="open311-heading">
          {t('complaints.settings.open311')}
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('complaints.settings.open311Intro', { url: `${window.location.origin}/open311/v2/discovery.json` })}
        </Text>
        <ErrorAlert error={keys.error ?? create.error} />
        {create.data ? (
          <Alert color="green" variant="light" role="status">
            <Stack gap="xs">
              <Text size="sm">{t('complaints.settings.newKeyIntro')}</Text>
              <Group gap="xs">
                <Code style={{ overflowWrap: 'anywhere' }} data-testid="new-open311-key">
                  {create.data.key}
                </Code>
                <CopyButton value={create.data.key}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t('complaints.done.copied') : t('complaints.done.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim().length >= 2) create.mutate();
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('complaints.settings.keyName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
              maxLength={120}
            />
            <Button type="submit" loading={create.isPending} disabled={name.trim().length < 2}>
              {t('complaints.settings.createKey')}
            </Button>
          </Group>
        </form>
        {keys.data && keys.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.settings.noKeys')}
          </Text>
        ) : null}
        {keys.data && keys.data.length > 0 ? (
          <TableScroll minWidth={480} label={t('complaints.settings.open311')}>
            <Table striped withTableBorder fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('complaints.settings.keyName')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.settings.created')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.settings.lastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.data.map((key) => (
                  <Table.Tr key={key.id}>
                    <Table.Td>
                      {key.name} <Code>{key.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{when(key.createdAt)}</Table.Td>
                    <Table.Td>{when(key.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      {key.revokedAt ? (
                        t('complaints.settings.revoked')
                      ) : (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => setRevoking(key)}
                          aria-label={`${t('complaints.settings.revoke')} ${key.name}`}
                        >
                          {t('complaints.settings.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('complaints.settings.revoke')}
        message={revoking ? t('complaints.settings.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('complaints.settings.revoke')}
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      />
    </Card>
  );
}

function Settings() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const account = useAccount();
  const channels = hasPermission(account, CHANNELS_PERMISSION, slug);
  return (
    <Page title={t('complaints.settings.title')}>
      <RulesCard slug={slug} />
      {channels ? <Open311Card slug={slug} /> : null}
      {channels ? <TelegramCard slug={slug} /> : null}
      {hasPermission(account, MESSAGING_PERMISSIONS.manage, slug) ? <MetaChannelsCard slug={slug} /> : null}
    </Page>
  );
}

/** Deadlines, guest limits and digest (coordinator, tenant admin); Open311 keys and Telegram (tenant admin). */
export function SettingsPage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.manage}>
      <Settings />
    </RequireAccess>
  );
}
