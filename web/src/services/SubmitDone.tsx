import type { SubmitResult } from '@lentera/common';
import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink } from '../ui/links';
import { useFeeWords } from './StandardElements';

/**
 * What a submission (or a guest's confirmation) answers: the tracking code, the expected completion date, the fee
 * and where to follow the request; or, for a guest who has yet to confirm, that the link is in their e-mail.
 */
export function SubmitDone({
  slug,
  result,
  fee,
  signedIn,
}: {
  slug: string;
  result: SubmitResult;
  fee: number | null;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const feeText = useFeeWords();
  if (result.confirmationSent && !result.code) {
    return (
      <Alert color="blue" variant="light" title={t('services.done.checkMailTitle')} role="status">
        <Text size="sm">{t('services.done.checkMail')}</Text>
      </Alert>
    );
  }
  return (
    <Card withBorder padding="lg" role="status">
      <Stack gap="sm">
        <Title order={2} fz="h3">
          {t('services.done.title')}
        </Title>
        <div>
          <Text size="sm" c="dimmed">
            {t('services.done.code')}
          </Text>
          <Text fz={24} fw={700} ff="monospace" data-testid="request-code" style={{ overflowWrap: 'anywhere' }}>
            {result.code}
          </Text>
        </div>
        {result.dueDate ? (
          <Text fw={600}>{t('services.done.due', { date: formatCalendarDate(result.dueDate, lang) })}</Text>
        ) : null}
        {fee !== null ? <Text>{t('services.done.fee', { fee: feeText(fee) })}</Text> : null}
        <Text size="sm">{t('services.done.keepCode')}</Text>
        {signedIn ? (
          <AnchorLink to="/t/$slug/layanan/saya/$requestId" params={{ slug, requestId: result.id }} fw={600}>
            {t('services.done.open')}
          </AnchorLink>
        ) : result.followPath ? (
          <Anchor href={result.followPath} fw={600}>
            {t('services.done.open')}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
