import { MESSAGING_PERMISSIONS, type MetaSettings, type NoticeKind } from '@lentera/common';
import {
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { useMetaSettings, useSaveMetaSettings } from './api';
import { draftOf, inputOf, type MetaDraft } from './draft';

/** The key of a notice kind's label (`queue.called` → `queue_called`). */
const noticeKey = (kind: NoticeKind) => kind.replace('.', '_') as 'queue_called';

/** The tenant admin's page of Meta's channels: WhatsApp, Messenger, Instagram, the webhook and the templates. */
export function MessagingSettingsPage() {
  return (
    <RequireAccess permission={MESSAGING_PERMISSIONS.manage}>
      <Settings />
    </RequireAccess>
  );
}

function Section({
  id,
  title,
  status,
  children,
}: {
  id: string;
  title: string;
  status?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} fz="h4" id={id}>
            {title}
          </Title>
          {status === undefined ? null : (
            <Badge color={status ? 'green' : 'gray'} variant="light" tt="none">
              {status ? t('messaging.settings.configured') : t('messaging.settings.notConfigured')}
            </Badge>
          )}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

function Settings() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const settings = useMetaSettings(slug);
  const save = useSaveMetaSettings(slug);
  const [draft, setDraft] = useState<MetaDraft | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(draftOf(settings.data));
  }, [settings.data]);
  const s = settings.data;
  const edit = (change: (d: MetaDraft) => MetaDraft) => setDraft((d) => (d ? change(d) : d));

  return (
    <Page title={t('messaging.settings.title')}>
      <Text>{t('messaging.settings.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('messaging.settings.telegramNote')}
      </Text>
      {settings.isPending ? <PageLoader /> : null}
      <ErrorAlert error={settings.error} />
      {s && draft ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(inputOf(draft, s), { onSuccess: () => notify(t('messaging.settings.saved'), 'success') });
          }}
        >
          <Stack gap="md">
            <Webhook settings={s} draft={draft} edit={edit} />
            <Section
              id="whatsapp-heading"
              title={t('messaging.settings.whatsappHeading')}
              status={s.whatsapp.configured}
            >
              <TextInput
                label={t('messaging.settings.phoneNumberId')}
                value={draft.whatsapp.phoneNumberId}
                inputMode="numeric"
                onChange={(e) => {
                  const phoneNumberId = e.currentTarget.value;
                  edit((d) => ({ ...d, whatsapp: { ...d.whatsapp, phoneNumberId } }));
                }}
              />
              <TextInput
                label={t('messaging.settings.displayNumber')}
                description={t('messaging.settings.displayNumberHint')}
                value={draft.whatsapp.displayNumber}
                onChange={(e) => {
                  const displayNumber = e.currentTarget.value;
                  edit((d) => ({ ...d, whatsapp: { ...d.whatsapp, displayNumber } }));
                }}
              />
              <Secret
                label={t('messaging.settings.accessToken')}
                hint={s.whatsapp.tokenHint}
                value={draft.whatsapp.accessToken}
                onChange={(accessToken) => edit((d) => ({ ...d, whatsapp: { ...d.whatsapp, accessToken } }))}
              />
            </Section>
            <Section
              id="messenger-heading"
              title={t('messaging.settings.messengerHeading')}
              status={s.messenger.configured}
            >
              <TextInput
                label={t('messaging.settings.pageId')}
                value={draft.messenger.pageId}
                inputMode="numeric"
                onChange={(e) => {
                  const pageId = e.currentTarget.value;
                  edit((d) => ({ ...d, messenger: { ...d.messenger, pageId } }));
                }}
              />
              <Secret
                label={t('messaging.settings.accessToken')}
                hint={s.messenger.tokenHint}
                value={draft.messenger.accessToken}
                onChange={(accessToken) => edit((d) => ({ ...d, messenger: { ...d.messenger, accessToken } }))}
              />
            </Section>
            <Section
              id="instagram-heading"
              title={t('messaging.settings.instagramHeading')}
              status={s.instagram.configured}
            >
              <TextInput
                label={t('messaging.settings.instagramAccountId')}
                description={t('messaging.settings.instagramNote')}
                value={draft.instagram.accountId}
                inputMode="numeric"
                onChange={(e) => {
                  const accountId = e.currentTarget.value;
                  edit((d) => ({ ...d, instagram: { accountId } }));
                }}
              />
            </Section>
            <Templates draft={draft} edit={edit} />
            <ErrorAlert error={save.error} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('messaging.settings.save')}
              </Button>
              {s.updatedAt ? (
                <Text size="sm" c="dimmed">
                  {t('messaging.settings.updatedAt', { at: formatDateTime(s.updatedAt, timeZone, lang) })}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
      ) : null}
    </Page>
  );
}

/** A secret field: empty keeps the stored value, whose hint (last characters) is shown. */
function Secret({
  label,
  hint,
  set,
  value,
  onChange,
}: {
  label: string;
  hint?: string | null;
  set?: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const description = hint
    ? t('messaging.settings.tokenHint', { hint })
    : set
      ? t('messaging.settings.secretSet')
      : t('messaging.settings.secretUnset');
  return (
    <PasswordInput
      label={label}
      description={description}
      value={value}
      autoComplete="off"
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

function Webhook({
  settings,
  draft,
  edit,
}: {
  settings: MetaSettings;
  draft: MetaDraft;
  edit: (change: (d: MetaDraft) => MetaDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="webhook-heading" title={t('messaging.settings.webhookHeading')}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('messaging.settings.webhookUrl')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', flex: 1 }} data-testid="webhook-url">
            {settings.webhookUrl}
          </Code>
          <CopyButton value={settings.webhookUrl}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('messaging.settings.copied') : t('messaging.settings.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <Secret
        label={t('messaging.settings.appSecret')}
        set={settings.appSecretSet}
        value={draft.appSecret}
        onChange={(appSecret) => edit((d) => ({ ...d, appSecret }))}
      />
      <TextInput
        label={t('messaging.settings.verifyToken')}
        description={`${t('messaging.settings.verifyTokenHint')} ${
          settings.verifyTokenSet ? t('messaging.settings.secretSet') : t('messaging.settings.secretUnset')
        }`}
        value={draft.verifyToken}
        autoComplete="off"
        onChange={(e) => {
          const verifyToken = e.currentTarget.value;
          edit((d) => ({ ...d, verifyToken }));
        }}
      />
    </Section>
  );
}

function Templates({ draft, edit }: { draft: MetaDraft; edit: (change: (d: MetaDraft) => MetaDraft) => void }) {
  const { t } = useTranslation();
  const set = (index: number, field: 'name' | 'language', value: string) =>
    edit((d) => ({ ...d, templates: d.templates.map((row, i) => (i === index ? { ...row, [field]: value } : row)) }));
  return (
    <Section id="templates-heading" title={t('messaging.settings.templatesHeading')}>
      <Text size="sm">{t('messaging.settings.templatesIntro')}</Text>
      <TableScroll minWidth={560} label={t('messaging.settings.templatesHeading')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('messaging.settings.colNotice')}</Table.Th>
              <Table.Th>{t('messaging.settings.colTemplate')}</Table.Th>
              <Table.Th w={140}>{t('messaging.settings.colLanguage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.templates.map((row, i) => {
              const notice = t(`messaging.notice.${noticeKey(row.kind)}`);
              return (
                <Table.Tr key={row.kind}>
                  <Table.Td>{notice}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('messaging.settings.colTemplate')}: ${notice}`}
                      value={row.name}
                      onChange={(e) => set(i, 'name', e.currentTarget.value)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('messaging.settings.colLanguage')}: ${notice}`}
                      value={row.language}
                      onChange={(e) => set(i, 'language', e.currentTarget.value)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}
