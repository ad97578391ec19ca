import { type PublicComplaintPage as PageData, supportInputSchema } from '@lentera/common';
import {
  Alert,
  Button,
  Card,
  Group,
  Image,
  Rating,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../ui/components';
import { formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { useAccount } from '../ui/session';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { MapSlot, useMapTiles } from './map/MapSlot';
import { useConfirmSupport, usePublicComplaint, useSupport } from './public-page-api';
import { ComplaintTimeline, StatusBadge } from './shared';

const wrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Place({ page }: { page: PageData }) {
  const { t } = useTranslation();
  const tiles = useMapTiles();
  const hasPoint = page.lat !== null && page.lng !== null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="place-heading">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="place-heading">
          {t('complaints.publicPage.place')}
        </Title>
        {page.address ? (
          <Text size="sm" style={wrap}>
            {page.address}
          </Text>
        ) : null}
        {hasPoint ? (
          <Text size="sm" c="dimmed" data-testid="place-coordinates">
            {t('complaints.publicPage.coordinates', { latitude: page.lat ?? '', longitude: page.lng ?? '' })}
          </Text>
        ) : null}
        {!page.address && !hasPoint ? (
          <Text size="sm" c="dimmed">
            {t('complaints.publicPage.noPlace')}
          </Text>
        ) : null}
        {hasPoint && tiles ? <MapSlot lat={page.lat} lng={page.lng} label={t('complaints.publicPage.map')} /> : null}
      </Stack>
    </Card>
  );
}

function Photos({ page }: { page: PageData }) {
  const { t } = useTranslation();
  if (!page.photos.length) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="photos-heading">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="photos-heading">
          {t('complaints.publicPage.photos')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {page.photos.map((photo, index) => (
            <a key={photo.id} href={photo.url} target="_blank" rel="noopener">
              <Image
                src={photo.url}
                alt={t('complaints.publicPage.photo', { n: index + 1 })}
                radius="sm"
                h={120}
                fit="cover"
                loading="lazy"
              />
            </a>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** "Saya juga mengalami ini": one press for a signed-in citizen; an e-mail and a mailed link for a guest. */
function Support({ page, slug }: { page: PageData; slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  const support = useSupport(slug, page.code);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const checkEmail = support.data?.state === 'check_email';
  const sendGuest = () => {
    const parsed = supportInputSchema.safeParse({ email });
    if (!email.trim() || !parsed.success) {
      setEmailError(t('validation.email'));
      return;
    }
    setEmailError(null);
    support.mutate({ email: parsed.data.email });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="support-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="support-heading">
          {t('complaints.publicPage.supportTitle')}
        </Title>
        <Text size="lg" fw={700} data-testid="support-count" aria-live="polite">
          {page.supportCount > 0
            ? t('complaints.publicPage.supportCount', { count: page.supportCount })
            : t('complaints.publicPage.supportNone')}
        </Text>
        <Text size="sm">{t('complaints.publicPage.supportIntro')}</Text>
        <ErrorAlert error={support.error} />
        {page.mine ? (
          <Text size="sm" c="dimmed">
            {t('complaints.publicPage.supportOwn')}
          </Text>
        ) : page.supportedByMe ? (
          <Alert color="green" variant="light" role="status">
            {t('complaints.publicPage.supported')}
          </Alert>
        ) : account ? (
          <Group>
            <Button onClick={() => support.mutate({})} loading={support.isPending}>
              {t('complaints.publicPage.support')}
            </Button>
          </Group>
        ) : checkEmail ? (
          <Alert color="blue" variant="light" role="status">
            {t('complaints.publicPage.checkEmail')}
          </Alert>
        ) : account === null ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              sendGuest();
            }}
          >
            <Stack gap="xs">
              <TextInput
                type="email"
                autoComplete="email"
                label={t('complaints.publicPage.guestEmail')}
                description={t('complaints.publicPage.guestHint')}
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={emailError}
                maxLength={254}
              />
              <Group gap="sm">
                <Button type="submit" loading={support.isPending}>
                  {t('complaints.publicPage.support')}
                </Button>
                <Text size="sm">
                  {t('complaints.publicPage.orLogin')}{' '}
                  <AnchorLink
                    to="/t/$slug/login"
                    params={{ slug }}
                    search={{ next: `/t/${slug}/pengaduan/${page.code}` }}
                  >
                    {t('complaints.publicPage.login')}
                  </AnchorLink>
                </Text>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The guest's mailed link lands here with `?dukung=<token>`: confirm once, then drop the token from the address. */
function useConfirmFromLink(slug: string, code: string) {
  const search = useSearch({ strict: false }) as { dukung?: string };
  const navigate = useNavigate();
  const confirm = useConfirmSupport(slug, code);
  const started = useRef(false);
  useEffect(() => {
    if (!search.dukung || started.current) return;
    started.current = true;
    confirm.mutate(search.dukung, {
      onSettled: () => void navigate({ to: '.', search: {}, replace: true }),
    });
  }, [search.dukung, confirm, navigate]);
  return confirm;
}

/** One published complaint, at `/t/:slug/pengaduan/:code` beside the public list. */
export function PublicComplaintPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { code } = useParams({ strict: false }) as { code: string };
  const query = usePublicComplaint(slug, code);
  const confirm = useConfirmFromLink(slug, code);
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <StatusPage title={t('complaints.portal.title')} message={t('complaints.publicPage.notFound')}>
          <ButtonLink to="/t/$slug/pengaduan" params={{ slug }} variant="default">
            {t('complaints.publicPage.back')}
          </ButtonLink>
        </StatusPage>
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const page = query.data;
  return (
    <Page
      title={page.title}
      description={`${page.code} · ${t('complaints.portal.received', { date: formatDateTime(page.receivedAt, timeZone, lang) })}`}
      actions={
        <ButtonLink to="/t/$slug/pengaduan" params={{ slug }} variant="default">
          {t('complaints.publicPage.back')}
        </ButtonLink>
      }
    >
      {confirm.isPending ? <Text role="status">{t('complaints.publicPage.confirming')}</Text> : null}
      {confirm.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          {t('complaints.publicPage.confirmed')}
        </Alert>
      ) : null}
      <ErrorAlert error={confirm.error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="details-heading">
            <Stack gap="sm">
              <Group justify="space-between" gap="xs">
                <Title order={2} fz="h4" id="details-heading">
                  {t('complaints.publicPage.details')}
                </Title>
                <StatusBadge status={page.status} />
              </Group>
              <Text size="sm" style={wrap}>
                {page.description}
              </Text>
              <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w="40%">{t('complaints.publicPage.received')}</Table.Th>
                    <Table.Td>{formatDateTime(page.receivedAt, timeZone, lang)}</Table.Td>
                  </Table.Tr>
                  {page.category ? (
                    <Table.Tr>
                      <Table.Th>{t('complaints.publicPage.category')}</Table.Th>
                      <Table.Td>{page.category.name}</Table.Td>
                    </Table.Tr>
                  ) : null}
                  {page.unit ? (
                    <Table.Tr>
                      <Table.Th>{t('complaints.publicPage.unit')}</Table.Th>
                      <Table.Td>{page.unit.name}</Table.Td>
                    </Table.Tr>
                  ) : null}
                  <Table.Tr>
                    <Table.Th>{t('complaints.publicPage.reporter')}</Table.Th>
                    <Table.Td>{page.reporterName ?? t('complaints.portal.anonymous')}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Stack>
          </Card>
          <Support page={page} slug={slug} />
          <Card withBorder padding="lg" component="section" aria-labelledby="answer-heading">
            <Stack gap="xs">
              <Title order={2} fz="h4" id="answer-heading">
                {t('complaints.publicPage.answer')}
              </Title>
              {page.answer ? (
                <>
                  {page.answeredAt ? (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(page.answeredAt, timeZone, lang)}
                    </Text>
                  ) : null}
                  <Text size="sm" style={wrap} data-testid="answer">
                    {page.answer}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('complaints.publicPage.noAnswer')}
                </Text>
              )}
              {page.rating ? (
                <Group gap="xs">
                  <Rating value={page.rating} readOnly size="sm" aria-hidden />
                  <Text size="sm" fw={600}>
                    {t('complaints.publicPage.rating', { value: page.rating })}
                  </Text>
                </Group>
              ) : null}
            </Stack>
          </Card>
          <Photos page={page} />
          <Place page={page} />
        </Stack>
        <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="timeline-heading">
              {t('complaints.publicPage.timeline')}
            </Title>
            <ComplaintTimeline items={page.timeline} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Page>
  );
}
