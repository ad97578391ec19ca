import { Alert, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { formatNumber } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { type ImportReport, type RowError, useApplyImport, useImportStatus } from './import-api';

const ERRORS_PAGE_SIZE = 25;

function Figure({ label, value }: { label: string; value: number }) {
  const lang = currentLang();
  return (
    <Card withBorder padding="xs">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} fz="xl">
        {formatNumber(value, lang)}
      </Text>
    </Card>
  );
}

/** Every bad row with line, column, value and reason, a page at a time. */
export function RowErrorsTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const shown = errors.slice((page - 1) * ERRORS_PAGE_SIZE, page * ERRORS_PAGE_SIZE);
  return (
    <Stack gap="xs" component="section" aria-labelledby="row-errors-heading">
      <Title order={3} fz="h5" id="row-errors-heading">
        {t('structure.import.errorsHeading')}
      </Title>
      <TableScroll minWidth={640} label={t('structure.import.errorsHeading')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t('structure.import.colLine')}</Table.Th>
              <Table.Th>{t('structure.import.colColumn')}</Table.Th>
              <Table.Th>{t('structure.import.colValue')}</Table.Th>
              <Table.Th>{t('structure.import.colReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e) => (
              <Table.Tr key={`${e.line}:${e.column}:${e.reason}`}>
                <Table.Td ta="right">{e.line}</Table.Td>
                <Table.Td>
                  <code>{e.column}</code>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {e.value ? (
                    e.value
                  ) : (
                    <Text span c="gray.7">
                      {t('structure.import.emptyValue')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager page={page} pageSize={ERRORS_PAGE_SIZE} total={errors.length} onChange={setPage} />
    </Stack>
  );
}

function ApplyProgress({ slug, importId }: { slug: string; importId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const status = useImportStatus(slug, importId);
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const data = status.data;
  if (!data || data.status === 'applying') {
    const done = data?.progress.done ?? 0;
    const total = data?.progress.total ?? 0;
    const percent = total ? Math.round((done / total) * 100) : 0;
    return (
      <Stack gap={4}>
        <Text fw={600}>{t('structure.import.applying')}</Text>
        <Progress value={percent} size="lg" animated aria-label={t('structure.import.progressLabel')} />
        <Text size="sm" aria-live="polite">
          {t('structure.import.progress', { done: formatNumber(done, lang), total: formatNumber(total, lang) })}
        </Text>
      </Stack>
    );
  }
  if (data.status === 'applied')
    return (
      <Stack gap={4}>
        <Progress value={100} size="lg" color="green" aria-label={t('structure.import.progressLabel')} />
        <Alert color="green" title={t('structure.import.appliedTitle')} role="status">
          {t('structure.import.appliedText', {
            create: data.summary?.create ?? 0,
            update: data.summary?.update ?? 0,
            unchanged: data.summary?.unchanged ?? 0,
          })}
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="sm">
      <Alert color="red" title={t('structure.import.failedTitle')} role="alert">
        {t('structure.import.failedText')}
      </Alert>
      {data.summary?.errors?.length ? <RowErrorsTable errors={data.summary.errors} /> : null}
    </Stack>
  );
}

/** The dry run's answer: the counts, every bad row, and "Terapkan" once the file is clean. */
export function ImportReportCard({ slug, report }: { slug: string; report: ImportReport }) {
  const { t } = useTranslation();
  const apply = useApplyImport(slug);
  const [applying, setApplying] = useState<string | null>(null);
  const s = report.summary;
  const nothingToDo = s.create + s.update === 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-heading">
      <Stack gap="md">
        <Title order={2} fz="h4" id="report-heading" style={{ overflowWrap: 'anywhere' }}>
          {t('structure.import.reportHeading', { file: report.fileName })}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('structure.import.rows')} value={report.rows} />
          <Figure label={t('structure.import.create')} value={s.create} />
          <Figure label={t('structure.import.update')} value={s.update} />
          <Figure label={t('structure.import.unchanged')} value={s.unchanged} />
        </SimpleGrid>
        {report.errors.length ? (
          <>
            <Alert color="red" title={t('structure.import.invalidTitle', { count: report.errors.length })} role="alert">
              {t('structure.import.invalidText')}
            </Alert>
            <RowErrorsTable errors={report.errors} />
          </>
        ) : applying ? (
          <ApplyProgress slug={slug} importId={applying} />
        ) : (
          <Stack gap="sm">
            <Alert color="green" title={t('structure.import.cleanTitle')}>
              {nothingToDo ? t('structure.import.nothingToDo') : t('structure.import.cleanText')}
              {s.newPositions ? ` ${t('structure.import.newPositions')}: ${s.newPositions}.` : ''}
            </Alert>
            <ErrorAlert error={apply.error} />
            {nothingToDo ? null : (
              <Group>
                <Button
                  size="md"
                  loading={apply.isPending}
                  onClick={() => apply.mutate(report.id, { onSuccess: () => setApplying(report.id) })}
                >
                  {t('structure.import.apply')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
