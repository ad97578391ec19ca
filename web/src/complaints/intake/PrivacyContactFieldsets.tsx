import { COMPLAINT_PRIVACY } from '@lentera/common';
import { Card, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links';
import { NoticeChannelSelect } from '../../ui/NoticeChannelSelect';
import { useAccount } from '../../ui/session';
import type { FormValues } from './form';

/** Privacy (public, anonim, rahasia) and how to reach the complainant: the account, or a guest's contact. */
export function PrivacyContactFieldsets({ form, slug }: { form: UseFormReturnType<FormValues>; slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <>
      <Card withBorder padding="lg" component="fieldset" m={0}>
        <Title order={2} fz="h4" component="legend" px={4}>
          {t('complaints.form.step.privacy')}
        </Title>
        <Radio.Group label={t('complaints.form.privacy')} required {...form.getInputProps('privacy')}>
          <Stack gap="sm" mt="xs">
            {COMPLAINT_PRIVACY.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`complaints.privacy.${value}`)}
                description={t(`complaints.privacyHelp.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Card>

      <Card withBorder padding="lg" component="fieldset" m={0}>
        <Title order={2} fz="h4" component="legend" px={4}>
          {t('complaints.form.step.contact')}
        </Title>
        {account ? (
          <Stack gap="sm">
            <Text size="sm">{t('complaints.form.contactAccount', { name: account.name })}</Text>
            <NoticeChannelSelect slug={slug} />
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              {t('complaints.form.contactGuest')}{' '}
              <AnchorLink to="/t/$slug/login" params={{ slug }} search={{ next: `/t/${slug}/pengaduan/baru` }}>
                {t('complaints.form.loginInstead')}
              </AnchorLink>
            </Text>
            <TextInput
              label={t('complaints.form.guestName')}
              autoComplete="name"
              maxLength={120}
              {...form.getInputProps('guestName')}
            />
            <TextInput
              label={t('complaints.form.guestEmail')}
              type="email"
              autoComplete="email"
              {...form.getInputProps('guestEmail')}
            />
            <TextInput
              label={t('complaints.form.guestPhone')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              {...form.getInputProps('guestPhone')}
            />
          </Stack>
        )}
      </Card>
    </>
  );
}
