import type { MessagingChannel } from '@lentera/common';
import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './links';
import { useMessagingPreferences, useSaveMessaging } from './messaging';
import { useAccount } from './session';

/**
 * On a form a signed-in citizen sends (a complaint, a service request, an online ticket): where its news will go,
 * chosen right there among e-mail and the chats linked to the account. The choice is the account's notice setting
 * (the same as on the account page), so it holds for everything the person follows in this government.
 */
export function NoticeChannelSelect({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  const prefs = useMessagingPreferences(account ? slug : '');
  const save = useSaveMessaging(slug);
  if (!account || !prefs.data) return null;
  const p = prefs.data;
  const accountLink = (
    <AnchorLink to="/t/$slug/account" params={{ slug }} size="sm">
      {t('messaging.form.manage')}
    </AnchorLink>
  );
  if (!p.enabled)
    return (
      <Text size="sm">
        {t('messaging.form.off')} {accountLink}
      </Text>
    );
  const options = [
    {
      value: 'email',
      label: p.email ? t('messaging.account.emailOption', { address: p.email }) : t('messaging.channel.email'),
    },
    ...p.contacts
      .filter((c) => !c.optedOut && p.available.includes(c.channel))
      .map((c) => ({
        value: c.channel,
        label: t('messaging.account.chatOption', { channel: t(`messaging.channel.${c.channel}`), address: c.address }),
      })),
  ];
  return (
    <Stack gap={4}>
      <NativeSelect
        label={t('messaging.form.label')}
        description={options.length === 1 ? t('messaging.form.onlyEmail') : t('messaging.form.hint')}
        data={options}
        value={p.channel}
        disabled={save.isPending}
        onChange={(e) => save.mutate({ enabled: true, channel: e.currentTarget.value as MessagingChannel })}
      />
      <Group gap="xs">{accountLink}</Group>
    </Stack>
  );
}
