import '@mantine/charts/styles.css';
import { RESPONSE_CHANNELS, type StaffResultsView, type SurveyFigures, type SurveyUnitsView } from '@lentera/common';
import { LineChart } from '@mantine/charts';
import {
  Anchor,
  Box,
  Button,
  Card,
  CopyButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { formatCalendarDate } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { commentsExportUrl, useAdminQuestions, useComments, useTrends } from '../api';
import { count, formatScore, gradeWords, periodWords, serviceLabel } from '../labels';
import { IndexFigures } from '../parts';
import { RESPONDENT_CHOICES, RESPONDENT_FIELDS } from '../survey-form';

/** Verified respondents by age band, sex, education and occupation. */
export function ByDetail({ results }: { results: StaffResultsView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="detail-heading">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="detail-heading">
          {t('surveys.staff.byDetailTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {RESPONDENT_FIELDS.map((field) => {
            const label = t(`surveys.words.respondentField.${field}`);
            const counts = results.respondentsBy[field];
            return (
              <TableScroll key={field} minWidth={280} label={label}>
                <Table striped withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{label}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('surveys.results.respondents')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {RESPONDENT_CHOICES[field].map((code) => (
                      <Table.Tr key={code}>
                        <Table.Th scope="row" fw={500}>
                          {t(`surveys.words.${field}.${code}` as 'surveys.words.sex.male')}
                        </Table.Th>
                        <Table.Td ta="right">{count(counts[code] ?? 0, lang)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** The comments of the period, ten to a page, by channel. */
export function Comments({ slug, unitId, period }: { slug: string; unitId: string; period: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [page, setPage] = useState(1);
  const [channel, setChannel] = useState<string | null>(null);
  const comments = useComments(slug, { unitId, period, channel: channel ?? undefined, page });
  const questions = useAdminQuestions(slug).data ?? [];
  const questionText = (id: string) => {
    const question = questions.find((q) => q.id === id);
    return question ? (lang === 'en' && question.textEn) || question.textId : t('surveys.staff.extraQuestion');
  };
  const title = t('surveys.staff.commentsTitle');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="comments-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} fz="h3" id="comments-heading">
            {title}
          </Title>
          <Select
            label={t('surveys.results.channel')}
            placeholder={t('surveys.staff.allChannels')}
            data={RESPONSE_CHANNELS.map((c) => ({ value: c, label: t(`surveys.words.channel.${c}`) }))}
            value={channel}
            onChange={(value) => {
              setChannel(value);
              setPage(1);
            }}
            clearable
            w={280}
          />
        </Group>
        {comments.isPending && comments.fetchStatus !== 'idle' ? <PageLoader /> : null}
        {comments.isError ? <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} /> : null}
        {comments.data && comments.data.total === 0 ? <Text c="dimmed">{t('surveys.staff.commentsEmpty')}</Text> : null}
        {comments.data && comments.data.total > 0 ? (
          <Group gap="sm" wrap="wrap">
            <Text size="sm">{t('surveys.staff.commentsDownload')}</Text>
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                component="a"
                href={commentsExportUrl(slug, { unitId, period, channel: channel ?? undefined }, format)}
                download
                size="compact-sm"
                variant="default"
              >
                {t(`surveys.staff.download.${format}`)}
              </Button>
            ))}
          </Group>
        ) : null}
        {comments.data && comments.data.rows.length > 0 ? (
          <>
            <TableScroll minWidth={720} label={title}>
              <Table striped withTableBorder verticalSpacing="xs" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.staff.day')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.results.service')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.results.channel')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.staff.comment')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {comments.data.rows
                    .map((row, index) => ({ row, rowKey: `${comments.data.page}:${index}` }))
                    .map(({ row, rowKey }) => (
                      <Table.Tr key={rowKey}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(row.day, lang, false)}</Table.Td>
                        <Table.Td>{row.serviceName}</Table.Td>
                        <Table.Td>{t(`surveys.words.channel.${row.channel}`)}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 280 }}>
                          {row.comment}
                          {Object.entries(row.extra).map(([id, value]) => (
                            <Text key={id} size="xs" c="dimmed" mt={row.comment ? 4 : 0}>
                              {questionText(id)}:{' '}
                              <Text span size="xs" c="var(--mantine-color-text)">
                                {value}
                              </Text>
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager
              page={comments.data.page}
              pageSize={comments.data.pageSize}
              total={comments.data.total}
              onChange={setPage}
            />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The unverified open-link responses apart, and each service's open link to hand out. */
export function OpenLinks({
  slug,
  unit,
  figures,
}: {
  slug: string;
  unit: SurveyUnitsView[number] | undefined;
  figures: SurveyFigures | null;
}) {
  const { t } = useTranslation();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {t('surveys.staff.openLinkTitle')}
      </Title>
      {figures ? <IndexFigures figures={figures} /> : <Text c="dimmed">{t('surveys.staff.openLinkNone')}</Text>}
      {unit && unit.services.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('surveys.staff.openLinkAddress')}
          </Text>
          {unit.services.map((service) => {
            const path = `/t/${encodeURIComponent(slug)}/survei/terbuka/${encodeURIComponent(unit.unitId)}/${encodeURIComponent(service.serviceKey)}`;
            return (
              <Group key={service.serviceKey} gap="sm" wrap="wrap">
                <Anchor href={path} size="sm">
                  {serviceLabel(service.serviceKey, service.serviceName, t)}
                </Anchor>
                <CopyButton value={`${origin}${path}`}>
                  {({ copied, copy }) => (
                    <Button size="compact-xs" variant="default" onClick={copy}>
                      {copied ? t('surveys.staff.copied') : t('surveys.staff.copyLink')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** The converted index per period, as a line and a table. */
export function Trend({ slug, unitId }: { slug: string; unitId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const trends = useTrends(slug, unitId);
  const title = t('surveys.staff.trendTitle');
  const periods = [...(trends.data?.periods ?? [])].sort((a, b) => a.period.localeCompare(b.period));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="trend-heading">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="trend-heading">
          {title}
        </Title>
        {trends.isPending ? <PageLoader /> : null}
        {trends.isError ? <ErrorAlert error={trends.error} onRetry={() => void trends.refetch()} /> : null}
        {trends.data && periods.length < 2 ? <Text c="dimmed">{t('surveys.staff.trendEmpty')}</Text> : null}
        {periods.length >= 2 ? (
          <Box role="img" aria-label={t('surveys.staff.trendChartLabel')}>
            <LineChart
              h={220}
              data={periods.map((p) => ({
                label: periodWords(p.period, lang).replace(/ \(.*\)$/, ''),
                converted: p.converted,
              }))}
              dataKey="label"
              series={[{ name: 'converted', label: t('surveys.results.converted'), color: 'blue.8' }]}
              valueFormatter={(value) => formatScore(value, lang)}
              yAxisProps={{ domain: [25, 100] }}
              withTooltip={false}
              withDots
            />
          </Box>
        ) : null}
        {periods.length > 0 ? (
          <TableScroll minWidth={560} label={title}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.staff.period')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.results.respondents')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.results.converted')}
                  </Table.Th>
                  <Table.Th scope="col">{t('surveys.results.grade')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...periods].reverse().map((p) => (
                  <Table.Tr key={p.period}>
                    <Table.Th scope="row" fw={500}>
                      {periodWords(p.period, lang)}
                    </Table.Th>
                    <Table.Td ta="right">{count(p.respondents, lang)}</Table.Td>
                    <Table.Td ta="right">{formatScore(p.converted, lang)}</Table.Td>
                    <Table.Td>{gradeWords(p.grade, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </Stack>
    </Card>
  );
}
