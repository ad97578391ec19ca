import { normaliseCertificateCode } from '@lentera/common';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, formatNumber } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { useTenantSlug } from '../ui/tenant';
import { type CertificateVerification, useCertificate } from './api';

/** The field to type a code; a valid one opens its verification page. */
function CodeForm({ slug, initial = '' }: { slug: string; initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const code = normaliseCertificateCode(value);
        if (!code) {
          setError(t('training.verify.codeInvalid'));
          return;
        }
        setError(null);
        void navigate({ to: '/t/$slug/verify/$code', params: { slug, code } });
      }}
    >
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('training.verify.codeLabel')}
          description={t('training.verify.codeHint')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={error}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          style={{ flex: '1 1 16rem' }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } }}
        />
        <Button type="submit" mt={{ base: 0, xs: 50 }}>
          {t('training.verify.check')}
        </Button>
      </Group>
    </form>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0}>
        {value}
      </Text>
    </Stack>
  );
}

function Genuine({ certificate }: { certificate: CertificateVerification }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Alert color="green" variant="light" title={t('training.verify.genuineTitle')} role="status">
          {t('training.verify.genuineText', { code: certificate.code })}
        </Alert>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Fact label={t('training.verify.holder')} value={certificate.name} />
          <Fact label={t('training.verify.programme')} value={certificate.programme} />
          <Fact
            label={t('training.verify.jp')}
            value={t('training.verify.jpValue', { jp: formatNumber(certificate.jp, lang) })}
          />
          <Fact
            label={t('training.verify.completedOn')}
            value={formatCalendarDate(certificate.completedOn, lang, false)}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** `/t/:slug/verify/:code`: whether a certificate is genuine, for whom, which programme and JP, and when. */
export function VerifyPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { code: raw } = useParams({ strict: false }) as { code: string };
  const code = normaliseCertificateCode(raw) ?? raw.toUpperCase().slice(0, 40);
  const certificate = useCertificate(slug, code);
  const unknown = isApiError(certificate.error) && certificate.error.status === 404;
  return (
    <Page title={t('training.verify.title')}>
      {certificate.isPending ? <PageLoader /> : null}
      {certificate.data ? <Genuine certificate={certificate.data} /> : null}
      {unknown ? (
        <Alert color="red" variant="light" title={t('training.verify.unknownTitle')} role="alert">
          {t('training.verify.unknownText', { code })}
        </Alert>
      ) : null}
      {certificate.isError && !unknown ? (
        <ErrorAlert error={certificate.error} onRetry={() => void certificate.refetch()} />
      ) : null}
      <Card withBorder padding="lg" component="section" aria-label={t('training.verify.another')}>
        <Stack gap="xs">
          <Text fw={600}>{t('training.verify.another')}</Text>
          <CodeForm slug={slug} />
        </Stack>
      </Card>
    </Page>
  );
}

/** `/t/:slug/sertifikat`: the field to type a certificate's code. */
export function CertificateCheckPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <Page title={t('training.verify.title')} description={t('training.verify.intro')}>
      <Card withBorder padding="lg">
        <CodeForm slug={slug} />
      </Card>
    </Page>
  );
}
