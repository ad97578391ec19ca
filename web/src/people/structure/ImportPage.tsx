import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Anchor, Badge, Button, Card, FileInput, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { ImportReportCard } from './ImportReport';
import { type ImportListItem, templateUrl, useImportList, useUploadImport } from './import-api';

const STATUS_COLORS: Record<string, string> = {
  invalid: 'red.9',
  checked: 'blue.8',
  applying: 'yellow.9',
  applied: 'green.9',
  failed: 'red.9',
};

function Steps({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="steps-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="steps-heading">
          {t('structure.import.stepsHeading')}
        </Title>
        <List type="ordered" spacing={6}>
          <List.Item>{t('structure.import.step1')}</List.Item>
          <List.Item>{t('structure.import.step2')}</List.Item>
          <List.Item>{t('structure.import.step3')}</List.Item>
          <List.Item>{t('structure.import.step4')}</List.Item>
          <List.Item>{t('structure.import.step5')}</List.Item>
        </List>
        <Group gap="sm">
          <Button component="a" href={templateUrl(slug, 'xlsx')} download="template-pegawai.xlsx">
            {t('structure.import.templateXlsx')}
          </Button>
          <Anchor href={templateUrl(slug, 'csv')} download="template-pegawai.csv">
            {t('structure.import.templateCsv')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

function History({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const list = useImportList(slug);
  const resultText = (item: ImportListItem): string => {
    if (item.status === 'invalid' || (item.status === 'failed' && item.errors))
      return t('structure.import.errorCount', { count: item.errors });
    const s = item.summary ?? {};
    return t('structure.import.resultCounts', {
      create: s.create ?? 0,
      update: s.update ?? 0,
      unchanged: s.unchanged ?? 0,
    });
  };
  return (
    <Stack component="section" aria-labelledby="history-heading" gap="sm">
      <Title order={2} fz="h4" id="history-heading">
        {t('structure.import.historyHeading')}
      </Title>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.length === 0 ? <Text>{t('structure.import.historyEmpty')}</Text> : null}
      {list.data?.length ? (
        <TableScroll minWidth={720} label={t('structure.import.historyHeading')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('structure.import.colWhen')}</Table.Th>
                <Table.Th>{t('structure.import.colFile')}</Table.Th>
                <Table.Th ta="right">{t('structure.import.colRows')}</Table.Th>
                <Table.Th>{t('structure.import.colStatus')}</Table.Th>
                <Table.Th>{t('structure.import.colResult')}</Table.Th>
                <Table.Th>{t('structure.import.colBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{formatDateTime(item.createdAt, timeZone, lang)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.fileName}</Table.Td>
                  <Table.Td ta="right">{formatNumber(item.rows, lang)}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" tt="none" color={STATUS_COLORS[item.status] ?? 'gray.8'}>
                      {t(`structure.import.status.${item.status}` as 'structure.import.status.applied', item.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{resultText(item)}</Table.Td>
                  <Table.Td>{item.createdBy ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}

function ImportContent({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const upload = useUploadImport(slug);
  const [file, setFile] = useState<File | null>(null);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    // The same input takes the corrected file next: no reload needed between tries.
    upload.mutate(file, { onSuccess: () => setFile(null) });
  };
  return (
    <Page title={t('structure.import.title')} description={t('structure.import.intro')}>
      <Steps slug={slug} />
      <Card withBorder padding="md" component="section" aria-labelledby="upload-heading">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Title order={2} fz="h4" id="upload-heading">
              {t('structure.import.uploadHeading')}
            </Title>
            <ErrorAlert error={upload.error} />
            <Group align="flex-end" gap="sm" wrap="wrap">
              <FileInput
                label={t('structure.import.file')}
                description={t('structure.import.fileHint')}
                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                clearable
                clearButtonProps={{ 'aria-label': t('common.delete') }}
                style={{ flex: '1 1 260px' }}
              />
              <Button type="submit" disabled={!file} loading={upload.isPending}>
                {t('structure.import.check')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {upload.data ? <ImportReportCard key={upload.data.id} slug={slug} report={upload.data} /> : null}
      <History slug={slug} />
    </Page>
  );
}

/** Import of employees from XLSX or CSV: template, dry run with every bad row, apply with progress, history. */
export function ImportPage() {
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.import}>
      <ImportContent slug={slug} />
    </RequireAccess>
  );
}
