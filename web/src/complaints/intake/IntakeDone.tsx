import type { IntakeResult } from '@lentera/common';
import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/links';
import { useAccount } from '../../ui/session';

export function followUrl(path: string): string {
  return `${window.location.origin}${path}`;
}

/** The answer: the tracking code and, for a guest, the secret follow link, each with a copy button. */
export function IntakeDone({
  result,
  slug,
  onAnother,
}: {
  result: IntakeResult;
  slug: string;
  onAnother?: () => void;
}) {
  const { t } = useTranslation();
  const account = useAccount();
  const link = result.followPath ? followUrl(result.followPath) : null;
  return (
    <Stack gap="md" data-testid="complaint-done">
      <Alert color="green" variant="light" role="status" title={t('complaints.done.title')}>
        <Stack gap="xs">
          <Text size="sm">{t('complaints.done.code')}</Text>
          <Group gap="xs">
            <Code fz="lg" fw={700} data-testid="tracking-code">
              {result.code}
            </Code>
            <CopyButton value={result.code}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('complaints.done.copied') : t('complaints.done.copyCode')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{t('complaints.done.codeHint')}</Text>
          {result.attachments > 0 ? (
            <Text size="sm">{t('complaints.done.attachments', { count: result.attachments })}</Text>
          ) : null}
        </Stack>
      </Alert>
      {link && result.followPath ? (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={2} fz="h4">
              {t('complaints.done.followLink')}
            </Title>
            <Text size="sm">{t('complaints.done.followHint')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="follow-link">
              {link}
            </Code>
            <Group gap="xs">
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button size="sm" onClick={copy}>
                    {copied ? t('complaints.done.copied') : t('complaints.done.copyLink')}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={result.followPath} size="sm" variant="default">
                {t('complaints.done.open')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      <Group gap="sm">
        {onAnother ? (
          <Button variant="default" onClick={onAnother}>
            {t('complaints.done.another')}
          </Button>
        ) : null}
        {account ? (
          <ButtonLink to="/t/$slug/pengaduan/saya" params={{ slug }} variant="subtle">
            {t('complaints.done.mine')}
          </ButtonLink>
        ) : null}
      </Group>
    </Stack>
  );
}
