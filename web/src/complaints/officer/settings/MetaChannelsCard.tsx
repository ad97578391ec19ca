import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../ui/links';

/** Beside the Telegram bot: WhatsApp, Messenger and Instagram are set up on the messaging channels page. */
export function MetaChannelsCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="meta-channels-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="meta-channels-heading">
          {t('messaging.complaintsLink.heading')}
        </Title>
        <Text size="sm">{t('messaging.complaintsLink.text')}</Text>
        <Group>
          <ButtonLink to="/t/$slug/admin/messaging" params={{ slug }} variant="light">
            {t('messaging.complaintsLink.open')}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
