import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Anchor, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatNumber, todayIn } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { complianceCsvUrl, useComplianceList, usePublicCompliance } from '../api';
import { ComplianceTable } from '../team/ApprovalsPage';

const UNITS_SHOWN = 12;

function Below({ slug, year, unit }: { slug: string; year: number; unit: { id?: string; name: string } }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = { year, unitId: unit.id, below: 'true' as const };
  const list = useComplianceList(slug, { ...query, page });
  const title = unit.id ? t('training.compliance.belowTitle', { unit: unit.name }) : t('training.compliance.belowAll');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="below-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h3" id="below-title">
            {title}
          </Title>
          <Anchor href={complianceCsvUrl(slug, query)} size="sm">
            {t('training.compliance.csv')}
          </Anchor>
        </Group>
        {list.isPending ? <PageLoader /> : null}
        <ErrorAlert error={list.error} />
        {list.data && list.data.items.length === 0 ? (
          <Text c="dimmed">{t('training.compliance.noneBelow')}</Text>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <ComplianceTable list={list.data} label={title} />
            <Pager page={page} pageSize={50} total={list.data.total} onChange={setPage} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

function Board({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const thisYear = Number(todayIn(useTenantTimeZone()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [unit, setUnit] = useState<{ id?: string; name: string }>({ name: '' });
  const board = usePublicCompliance(slug, year);
  const [allUnits, setAllUnits] = useState(false);
  // The units with the most employees below the minimum first; a long list only on request.
  const units = [...(board.data?.units ?? [])].sort(
    (a, b) => b.below - a.below || a.unitName.localeCompare(b.unitName),
  );
  const shown = allUnits ? units : units.slice(0, UNITS_SHOWN);
  const percent = (v: number | null) => (v === null ? '–' : `${formatNumber(v, lang, 1)}%`);
  const number = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 1));
  return (
    <>
      <Select
        label={t('training.compliance.year')}
        data={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        w={160}
      />
      {board.isPending ? <PageLoader /> : null}
      <ErrorAlert error={board.error} />
      {board.data ? (
        <>
          <Text>
            {t('training.compliance.intro', { pns: board.data.minimumJpPns, pppk: board.data.minimumJpPppk })}
          </Text>
          <Card withBorder padding="lg">
            <Text fw={600}>{t('training.compliance.tenant')}</Text>
            <Text>
              {t('training.compliance.summary', {
                met: formatNumber(board.data.tenant.met, lang),
                employees: formatNumber(board.data.tenant.employees, lang),
                percent: percent(board.data.tenant.percentMet),
                average: number(board.data.tenant.averageJp),
              })}
            </Text>
          </Card>
          <Stack gap="sm" component="section" aria-labelledby="units-title">
            <Group justify="space-between">
              <Title order={2} fz="h3" id="units-title">
                {t('training.compliance.units')}
              </Title>
              <Button size="xs" variant="default" onClick={() => setUnit({ name: '' })}>
                {t('training.compliance.belowAll')}
              </Button>
            </Group>
            <TableScroll minWidth={760} label={t('training.compliance.units')}>
              <Table striped withTableBorder verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('training.compliance.unit')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('training.compliance.employees')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('training.compliance.met')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('training.compliance.below')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('training.compliance.percent')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('training.compliance.average')}
                    </Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((u) => (
                    <Table.Tr key={u.unitId}>
                      <Table.Th scope="row" fw={500}>
                        {u.unitName}
                      </Table.Th>
                      <Table.Td ta="right">{formatNumber(u.employees, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.met, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.below, lang)}</Table.Td>
                      <Table.Td ta="right">{percent(u.percentMet)}</Table.Td>
                      <Table.Td ta="right">{number(u.averageJp)}</Table.Td>
                      <Table.Td>
                        {u.below > 0 ? (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('training.compliance.showLabel', { unit: u.unitName })}
                            onClick={() => setUnit({ id: u.unitId, name: u.unitName })}
                          >
                            {t('training.compliance.show')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {units.length > UNITS_SHOWN ? (
              <Button variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setAllUnits(!allUnits)}>
                {allUnits
                  ? t('training.compliance.fewerUnits', { count: UNITS_SHOWN })
                  : t('training.compliance.allUnits', { count: units.length })}
              </Button>
            ) : null}
          </Stack>
          <Below key={`${year}-${unit.id ?? 'all'}`} slug={slug} year={year} unit={unit} />
        </>
      ) : null}
    </>
  );
}

/** `/t/:slug/pelatihan-kepatuhan`: JP compliance per unit for the year, and who is below the minimum. */
export function CompliancePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.compliance}>
      <Page title={t('training.compliance.title')}>
        <Board slug={slug} />
      </Page>
    </RequireAccess>
  );
}
