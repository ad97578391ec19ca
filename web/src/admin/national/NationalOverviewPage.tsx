import { Group, NativeSelect, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatNumber } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { useAccount } from '../../ui/session';
import { TableScroll } from '../../ui/TableScroll';
import { type HeadlineFigure, type NationalOverview, useNationalOverview } from './api';

/** The message of a figure's label: `people.headcount` is `national.figures.people_headcount` (i18next splits on dots). */
const messageKey = (figureKey: string) =>
  `national.figures.${figureKey.replace('.', '_')}` as 'national.figures.people_headcount';

/** Every government side by side on its published headline figures: the first view of a national body. */
export function NationalOverviewPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const overview = useNationalOverview(year);
  // Columns: the figures the modules publish, in the order the first government lists them, labelled ones only.
  const keys = (overview.data?.tenants[0]?.figures ?? [])
    .map((f) => f.key)
    .filter((key) => i18n.exists(messageKey(key)));
  return (
    <Page
      title={t('national.title')}
      description={t('national.description')}
      actions={
        account?.isSystemAdmin ? <AnchorLink to="/admin/tenants">{t('national.manageTenants')}</AnchorLink> : null
      }
    >
      <Group>
        <NativeSelect
          label={t('national.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={[thisYear, thisYear - 1, thisYear - 2].map(String)}
          w={140}
        />
      </Group>
      {overview.isPending ? <PageLoader /> : null}
      {overview.isError ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.data ? <OverviewTable data={overview.data} keys={keys} /> : null}
      <Text size="sm" c="dimmed">
        {t('national.source')}
      </Text>
    </Page>
  );
}

function OverviewTable({ data, keys }: { data: NationalOverview; keys: string[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll minWidth={760} label={t('national.tableLabel')}>
      <Table striped verticalSpacing="sm" aria-label={t('national.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('national.government')}</Table.Th>
            {keys.map((key) => (
              <Table.Th scope="col" key={key}>
                {t(messageKey(key))}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.tenants.map((tenant) => (
            <Table.Tr key={tenant.slug}>
              <Table.Th scope="row" fw={600}>
                <AnchorLink
                  to="/t/$slug"
                  params={{ slug: tenant.slug }}
                  title={t('national.portal', { name: tenant.name })}
                >
                  {tenant.name}
                </AnchorLink>
              </Table.Th>
              {keys.map((key) => (
                <Table.Td key={key}>
                  <FigureCell figure={tenant.figures.find((f) => f.key === key)} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** A count as a number; a share as a bar with its percentage, so that governments compare at a glance. */
function FigureCell({ figure }: { figure: HeadlineFigure | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!figure || figure.value === null)
    return (
      <Text size="sm" c="dimmed">
        {t('national.noData')}
      </Text>
    );
  if (figure.kind === 'count') return <Text size="sm">{formatNumber(figure.value, lang)}</Text>;
  const color = figure.value >= 80 ? 'teal' : figure.value >= 60 ? 'yellow' : 'red';
  return (
    <Stack gap={4} miw={120}>
      <Text size="sm" fw={600}>
        {t('national.percentOf', { value: formatNumber(figure.value, lang, 1) })}
      </Text>
      <Progress value={figure.value} color={color} size="sm" aria-hidden />
    </Stack>
  );
}
