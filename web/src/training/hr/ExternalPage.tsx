import { EXTERNAL_STATUSES, TRAINING_PERMISSIONS } from '@lentera/common';
import { Anchor, Button, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { formatCalendarDate, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { Pager } from '../../ui/Pager';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { type ExternalView, evidenceUrl, useDecideExternal, useExternalReports } from '../api';
import { dateRange, EXTERNAL_COLOR } from '../labels';

function RefuseDialog({ slug, report, onClose }: { slug: string; report: ExternalView; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideExternal(slug);
  const [note, setNote] = useState('');
  const words = { title: report.title, name: report.employeeName };
  return (
    <Dialog opened onClose={onClose} title={t('training.external.refuseTitle')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('training.external.refuseText', words)}</Text>
        <Textarea
          label={t('training.external.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <ErrorAlert error={decide.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                { id: report.id, decision: 'refused', note: note.trim() },
                {
                  onSuccess: () => {
                    notify(t('training.external.refused', words), 'success');
                    onClose();
                  },
                },
              )
            }
          >
            {t('training.external.refuse')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

function Reports({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [status, setStatus] = useState<string>('submitted');
  const [page, setPage] = useState(1);
  const reports = useExternalReports(slug, { page, status: status === 'all' ? undefined : status });
  const decide = useDecideExternal(slug);
  const [refusing, setRefusing] = useState<ExternalView | null>(null);
  const day = (iso: string) => formatCalendarDate(iso, lang, false);
  return (
    <>
      <Select
        label={t('training.external.filter')}
        value={status}
        onChange={(v) => {
          if (!v) return;
          setStatus(v);
          setPage(1);
        }}
        data={[
          ...EXTERNAL_STATUSES.map((s) => ({ value: s, label: t(`training.words.externalStatus.${s}`) })),
          { value: 'all', label: t('training.external.all') },
        ]}
        allowDeselect={false}
        w={260}
        maw="100%"
      />
      {reports.isPending ? <PageLoader /> : null}
      <ErrorAlert error={reports.error ?? decide.error} />
      {reports.data && reports.data.items.length === 0 ? <Text c="dimmed">{t('training.external.empty')}</Text> : null}
      {reports.data && reports.data.items.length > 0 ? (
        <Stack gap="sm">
          <TableScroll minWidth={960} label={t('training.external.title')}>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('training.external.employee')}</Table.Th>
                  <Table.Th scope="col">{t('training.external.training')}</Table.Th>
                  <Table.Th scope="col">{t('training.external.dates')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('training.external.jp')}
                  </Table.Th>
                  <Table.Th scope="col">{t('training.external.evidence')}</Table.Th>
                  <Table.Th scope="col">{t('training.external.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.data.items.map((x) => {
                  const words = { title: x.title, name: x.employeeName };
                  return (
                    <Table.Tr key={x.id}>
                      <Table.Th scope="row" fw={500}>
                        {x.employeeName}
                      </Table.Th>
                      <Table.Td>
                        {x.title}
                        <Text size="xs" c="dimmed">
                          {x.provider}
                        </Text>
                      </Table.Td>
                      <Table.Td>{dateRange(x.startedOn, x.endedOn, day)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(x.jp, lang)}</Table.Td>
                      <Table.Td>
                        <Anchor
                          href={evidenceUrl(slug, x.id)}
                          size="sm"
                          aria-label={t('training.external.evidenceLabel', words)}
                        >
                          {t('training.external.download')}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge
                          label={t(`training.words.externalStatus.${x.status}`)}
                          color={EXTERNAL_COLOR[x.status]}
                          size="sm"
                        />
                      </Table.Td>
                      <Table.Td>
                        {x.status === 'submitted' ? (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              loading={decide.isPending && decide.variables?.id === x.id}
                              aria-label={t('training.external.verifyLabel', words)}
                              onClick={() =>
                                void decide.mutateAsync({ id: x.id, decision: 'verified', note: '' }).then(
                                  () => notify(t('training.external.verified', words), 'success'),
                                  () => undefined,
                                )
                              }
                            >
                              {t('training.external.verify')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('training.external.refuseLabel', words)}
                              onClick={() => setRefusing(x)}
                            >
                              {t('training.external.refuse')}
                            </Button>
                          </Group>
                        ) : (
                          (x.decisionNote ?? '–')
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager page={page} pageSize={25} total={reports.data.total} onChange={setPage} />
        </Stack>
      ) : null}
      {refusing ? <RefuseDialog slug={slug} report={refusing} onClose={() => setRefusing(null)} /> : null}
    </>
  );
}

/** `/t/:slug/pelatihan-eksternal`: HR verifies or refuses external training reports with their evidence. */
export function ExternalPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.manage}>
      <Page title={t('training.external.title')} description={t('training.external.intro')}>
        <Reports slug={slug} />
      </Page>
    </RequireAccess>
  );
}
