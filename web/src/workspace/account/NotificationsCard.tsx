import { CHAT_CHANNELS, type ChatChannel, type MessagingChannel, type MessagingPreferences } from '@lentera/common';
import { Alert, Anchor, Badge, Button, Card, Code, Group, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { useLoadedTenant, useTenantTimeZone } from '../../ui/tenant';
import { type LinkCode, useLinkCode, useMessagingPreferences, useSaveMessaging, useUnlinkChat } from './api';
import { linkTarget, usableChannel } from './link-target';

const isChat = (channel: MessagingChannel): channel is ChatChannel => channel !== 'email';

/**
 * The account page's "Pemberitahuan": one switch for every notice, the channel they go to (e-mail or a chat the
 * government offers and the person linked), the linked chats, and how to link one (a code sent from the chat).
 */
export function NotificationsCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const prefs = useMessagingPreferences(slug);
  const save = useSaveMessaging(slug);
  const unlink = useUnlinkChat(slug);
  const tenantName = useLoadedTenant(slug)?.name ?? '';
  const data = prefs.data;
  const channelName = (channel: MessagingChannel) => t(`messaging.channel.${channel}`);

  const choose = (body: { enabled: boolean; channel: MessagingChannel }) =>
    save.mutate(body, { onSuccess: () => notify(t('messaging.account.saved'), 'success') });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="notifications-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="notifications-heading">
          {t('messaging.account.heading')}
        </Title>
        <Text size="sm">{t('messaging.account.intro', { tenant: tenantName })}</Text>
        {prefs.isPending ? <PageLoader /> : null}
        <ErrorAlert error={prefs.error ?? save.error ?? unlink.error} />
        {data ? (
          <>
            <Switch
              label={t('messaging.account.enabled')}
              description={t('messaging.account.enabledHint')}
              checked={data.enabled}
              disabled={save.isPending}
              onChange={(e) => choose({ enabled: e.currentTarget.checked, channel: usableChannel(data) })}
            />
            <ChannelChoice data={data} disabled={!data.enabled || save.isPending} onChoose={choose} />
            <LinkedChats
              data={data}
              onUnlink={(c) =>
                unlink.mutate(c, {
                  onSuccess: () => notify(t('messaging.account.unlinked', { channel: channelName(c) }), 'success'),
                })
              }
              unlinking={unlink.isPending}
            />
            {data.available.some(isChat) ? (
              <ConnectChat slug={slug} data={data} tenantName={tenantName} onSent={() => void prefs.refetch()} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('messaging.account.noChats')}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('messaging.account.stopLine')}
            </Text>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function ChannelChoice({
  data,
  disabled,
  onChoose,
}: {
  data: MessagingPreferences;
  disabled: boolean;
  onChoose: (body: { enabled: boolean; channel: MessagingChannel }) => void;
}) {
  const { t } = useTranslation();
  const contactOf = (channel: ChatChannel) => data.contacts.find((c) => c.channel === channel);
  // The chats the government offers, and the one chosen even if the government has since closed it.
  const chats = CHAT_CHANNELS.filter((c) => data.available.includes(c) || c === data.channel);
  return (
    <Radio.Group
      label={t('messaging.account.channel')}
      value={data.channel}
      onChange={(value) => onChoose({ enabled: data.enabled, channel: value as MessagingChannel })}
    >
      <Stack gap={6} mt={6}>
        <Radio
          value="email"
          disabled={disabled || !data.email}
          label={
            data.email ? t('messaging.account.emailOption', { address: data.email }) : t('messaging.account.emailNone')
          }
        />
        {chats.map((channel) => {
          const contact = contactOf(channel);
          const name = t(`messaging.channel.${channel}`);
          return (
            <Radio
              key={channel}
              value={channel}
              disabled={disabled || !contact || contact.optedOut}
              label={
                !contact
                  ? t('messaging.account.chatNotLinked', { channel: name })
                  : contact.optedOut
                    ? t('messaging.account.chatStopped', { channel: name, address: contact.address })
                    : t('messaging.account.chatOption', { channel: name, address: contact.address })
              }
            />
          );
        })}
      </Stack>
    </Radio.Group>
  );
}

function LinkedChats({
  data,
  onUnlink,
  unlinking,
}: {
  data: MessagingPreferences;
  onUnlink: (channel: ChatChannel) => void;
  unlinking: boolean;
}) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const contacts = data.contacts.filter((c): c is typeof c & { channel: ChatChannel } => isChat(c.channel));
  return (
    <Stack gap={6}>
      <Title order={3} fz="h5">
        {t('messaging.account.linkedHeading')}
      </Title>
      {contacts.length === 0 ? <Text size="sm">{t('messaging.account.noneLinked')}</Text> : null}
      {contacts.map((contact) => {
        const name = t(`messaging.channel.${contact.channel}`);
        return (
          <Group key={contact.channel} gap="xs" justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{name}</Text>
                <Text>{contact.address}</Text>
                {contact.optedOut ? (
                  <Badge color="orange" variant="light" tt="none">
                    {t('messaging.account.optedOut')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {contact.optedOut
                  ? t('messaging.account.optedOutHint')
                  : t('messaging.account.linkedAt', { at: formatDateTime(contact.linkedAt, timeZone, lang) })}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={unlinking}
              onClick={() => onUnlink(contact.channel)}
            >
              {t('messaging.account.unlink', { channel: name })}
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}

function ConnectChat({
  slug,
  data,
  tenantName,
  onSent,
}: {
  slug: string;
  data: MessagingPreferences;
  tenantName: string;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const linkCode = useLinkCode(slug);
  const [shown, setShown] = useState<{ channel: ChatChannel; code: LinkCode } | null>(null);
  const [asking, setAsking] = useState<ChatChannel | null>(null);
  const chats = CHAT_CHANNELS.filter((c) => data.available.includes(c));
  const ask = (channel: ChatChannel) => {
    setAsking(channel);
    linkCode.mutate(undefined, { onSuccess: (code) => setShown({ channel, code }) });
  };
  return (
    <Stack gap="xs">
      <ErrorAlert error={linkCode.error} />
      <Group gap="xs">
        {chats.map((channel) => (
          <Button
            key={channel}
            variant="light"
            loading={linkCode.isPending && asking === channel}
            onClick={() => ask(channel)}
          >
            {t('messaging.account.connect', { channel: t(`messaging.channel.${channel}`) })}
          </Button>
        ))}
      </Group>
      {shown ? (
        <CodeInstructions
          channel={shown.channel}
          code={shown.code.code}
          expires={formatDateTime(shown.code.expiresAt, timeZone, lang)}
          data={data}
          tenantName={tenantName}
          onSent={() => {
            setShown(null);
            onSent();
          }}
        />
      ) : null}
    </Stack>
  );
}

function CodeInstructions({
  channel,
  code,
  expires,
  data,
  tenantName,
  onSent,
}: {
  channel: ChatChannel;
  code: string;
  expires: string;
  data: MessagingPreferences;
  tenantName: string;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const target = linkTarget(channel, code, data);
  const name = t(`messaging.channel.${channel}`);
  const how =
    channel === 'whatsapp'
      ? t('messaging.account.whatsappSend', { code, number: target.to ?? '' })
      : channel === 'telegram'
        ? target.url
          ? t('messaging.account.telegramSend', { bot: target.to ?? '' })
          : t('messaging.account.telegramUnknown', { code })
        : channel === 'messenger'
          ? t('messaging.account.messengerSend', { code, tenant: tenantName })
          : t('messaging.account.instagramSend', { code, tenant: tenantName });
  return (
    <Alert color="blue" variant="light" role="status" title={t('messaging.account.codeHeading', { channel: name })}>
      <Stack gap={6}>
        <Code fz="xl" fw={700} style={{ alignSelf: 'flex-start' }} data-testid="link-code">
          {code}
        </Code>
        <Text size="sm">{how}</Text>
        {target.url ? (
          <Anchor href={target.url} target="_blank" rel="noopener noreferrer" fw={600}>
            {channel === 'whatsapp' ? t('messaging.account.whatsappOpen') : t('messaging.account.telegramOpen')}
          </Anchor>
        ) : null}
        <Text size="xs">{t('messaging.account.codeExpires', { at: expires })}</Text>
        <Text size="xs">{t('messaging.account.afterSend')}</Text>
        <Group>
          <Button size="xs" variant="default" onClick={onSent}>
            {t('messaging.account.refresh')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
