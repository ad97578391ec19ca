import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { Pager } from '../../ui/Pager';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { type ProgrammeView, useProgrammes, useUpdateProgramme } from '../api';
import { ProgrammeDialog } from './ProgrammeDialog';
import { ScheduleDialog } from './ScheduleDialog';

/**
 * The whole programme goes with a change: the server's partial update fills fields left out with their defaults
 * (emptying mandatory groups, trainers, the pass mark), so nothing is left out.
 */
function wholeProgramme(p: ProgrammeView) {
  const { id, code, ...rest } = p;
  return rest;
}

function Programmes({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const programmes = useProgrammes(slug, { page, q: search || undefined });
  const update = useUpdateProgramme(slug);
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState<ProgrammeView | null>(null);
  return (
    <>
      <Group justify="space-between" align="flex-end" gap="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setPage(1);
            setSearch(q.trim());
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('training.programmes.search')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              maxLength={100}
            />
            <Button type="submit" variant="default">
              {t('common.search')}
            </Button>
          </Group>
        </form>
        <Button onClick={() => setAdding(true)}>{t('training.programmes.add')}</Button>
      </Group>
      {programmes.isPending ? <PageLoader /> : null}
      <ErrorAlert error={programmes.error ?? update.error} />
      {programmes.data && programmes.data.items.length === 0 ? (
        <Text c="dimmed">{t('training.programmes.empty')}</Text>
      ) : null}
      {programmes.data && programmes.data.items.length > 0 ? (
        <Stack gap="sm">
          <TableScroll minWidth={980} label={t('training.programmes.title')}>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('training.programmes.name')}</Table.Th>
                  <Table.Th scope="col">{t('training.programmes.topic')}</Table.Th>
                  <Table.Th scope="col">{t('training.programmes.competencyType')}</Table.Th>
                  <Table.Th scope="col">{t('training.programmes.mode')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('training.programmes.jp')}
                  </Table.Th>
                  <Table.Th scope="col">{t('training.programmes.mandatory')}</Table.Th>
                  <Table.Th scope="col">{t('training.programmes.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programmes.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={500}>
                      {p.title}
                      <Text size="xs" c="dimmed">
                        {p.provider}
                      </Text>
                    </Table.Th>
                    <Table.Td>{t(`training.words.topic.${p.topic}`)}</Table.Td>
                    <Table.Td>{t(`training.words.competencyType.${p.competencyType}`)}</Table.Td>
                    <Table.Td>{t(`training.words.mode.${p.mode}`)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(p.jp, lang)}</Table.Td>
                    <Table.Td>
                      {p.mandatoryGroups.length
                        ? p.mandatoryGroups.map((g) => t(`training.words.mandatoryGroup.${g}`)).join(', ')
                        : t('training.programmes.mandatoryNone')}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge
                        label={t(p.active ? 'training.programmes.active' : 'training.programmes.inactive')}
                        color={p.active ? 'green' : 'gray'}
                        size="sm"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {p.active ? (
                          <Button
                            size="xs"
                            onClick={() => setScheduling(p)}
                            aria-label={t('training.programmes.scheduleLabel', { title: p.title })}
                          >
                            {t('training.programmes.schedule')}
                          </Button>
                        ) : null}
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t(
                            p.active ? 'training.programmes.deactivateLabel' : 'training.programmes.activateLabel',
                            {
                              title: p.title,
                            },
                          )}
                          onClick={() =>
                            update.mutate(
                              { id: p.id, change: { ...wholeProgramme(p), active: !p.active } },
                              {
                                onSuccess: () =>
                                  notify(t('training.programmes.changed', { title: p.title }), 'success'),
                              },
                            )
                          }
                        >
                          {t(p.active ? 'training.programmes.deactivate' : 'training.programmes.activate')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager page={page} pageSize={25} total={programmes.data.total} onChange={setPage} />
        </Stack>
      ) : null}
      {adding ? <ProgrammeDialog slug={slug} onClose={() => setAdding(false)} /> : null}
      {scheduling ? (
        <ScheduleDialog
          slug={slug}
          programmes={programmes.data?.items ?? []}
          programmeId={scheduling.id}
          onClose={() => setScheduling(null)}
        />
      ) : null}
    </>
  );
}

/** `/t/:slug/pelatihan-program`: the catalog of programmes (HR admin), and scheduling their events. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.manage}>
      <Page title={t('training.programmes.title')} description={t('training.programmes.intro')}>
        <Programmes slug={slug} />
      </Page>
    </RequireAccess>
  );
}
