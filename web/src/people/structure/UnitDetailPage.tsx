import { FUNGSIONAL_LEVELS, PEOPLE_PERMISSIONS, type Unit } from '@lentera/common';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../../ui/components';
import { formatCalendarDate, formatDateTime, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantTimeZone } from '../../ui/tenant';
import { type Position, usePositions, useUnitChanges, useUnitTree } from './api';
import { PositionFormModal } from './PositionForm';

const route = getRouteApi('/t/$slug/staff/people/units/$unitId');

const LEVEL_LABELS = new Map(
  [...FUNGSIONAL_LEVELS.keahlian, ...FUNGSIONAL_LEVELS.keterampilan].map((l) => [l.code as string, l.label]),
);

function PositionsSection({ slug, unit }: { slug: string; unit: Unit }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const positions = usePositions(slug, unit.id);
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  return (
    <Stack component="section" aria-labelledby="positions-heading" gap="sm">
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="h4" id="positions-heading">
          {t('structure.positions.heading')}
        </Title>
        {unit.closedOn ? null : <Button onClick={() => setEditing('new')}>{t('structure.positions.add')}</Button>}
      </Group>
      <Text size="sm" c="gray.7">
        {t('structure.positions.intro')}
      </Text>
      {positions.isPending ? <PageLoader /> : null}
      {positions.isError ? <ErrorAlert error={positions.error} onRetry={() => void positions.refetch()} /> : null}
      {positions.data?.length === 0 ? <Text>{t('structure.positions.empty')}</Text> : null}
      {positions.data?.length ? (
        <TableScroll minWidth={640} label={t('structure.positions.heading')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('structure.positions.colName')}</Table.Th>
                <Table.Th>{t('structure.positions.colKind')}</Table.Th>
                <Table.Th ta="right">{t('structure.positions.colClass')}</Table.Th>
                <Table.Th ta="right">{t('structure.positions.colQuota')}</Table.Th>
                <Table.Th ta="right">{t('structure.positions.colFilled')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {positions.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <span>{p.name}</span>
                      {p.isHead ? (
                        <Badge size="sm" variant="light">
                          {t('structure.positions.headBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {t(`structure.kinds.${p.kind}` as 'structure.kinds.pelaksana')}
                    {p.fungsionalLevel ? ` · ${LEVEL_LABELS.get(p.fungsionalLevel) ?? p.fungsionalLevel}` : ''}
                  </Table.Td>
                  <Table.Td ta="right">{p.class}</Table.Td>
                  <Table.Td ta="right">{formatNumber(p.quota, lang)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(p.filled, lang)}
                    {p.filled > p.quota ? (
                      <Text span size="xs" c="red.9" display="block">
                        {t('structure.positions.over')}
                      </Text>
                    ) : p.filled < p.quota ? (
                      <Text span size="xs" c="gray.7" display="block">
                        {t('structure.positions.vacant', { count: p.quota - p.filled })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(p)}
                      aria-label={t('structure.positions.editOf', { name: p.name })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {editing ? (
        <PositionFormModal
          slug={slug}
          unit={unit}
          position={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}

function ChangesSection({ slug, unitId }: { slug: string; unitId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const changes = useUnitChanges(slug, unitId);
  return (
    <Stack component="section" aria-labelledby="changes-heading" gap="sm">
      <Title order={2} fz="h4" id="changes-heading">
        {t('structure.unit.changesHeading')}
      </Title>
      {changes.isError ? <ErrorAlert error={changes.error} onRetry={() => void changes.refetch()} /> : null}
      {changes.data?.length === 0 ? <Text>{t('structure.unit.changesEmpty')}</Text> : null}
      {changes.data?.length ? (
        <TableScroll minWidth={520} label={t('structure.unit.changesHeading')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('structure.unit.colEffective')}</Table.Th>
                <Table.Th>{t('structure.unit.colChange')}</Table.Th>
                <Table.Th>{t('structure.unit.colRecorded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatCalendarDate(c.effectiveOn, lang, false)}</Table.Td>
                  <Table.Td>{t(`structure.unit.change.${c.kind}` as 'structure.unit.change.moved', c.kind)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(c.recordedAt, timeZone, lang)}
                    {c.recordedBy ? ` · ${c.recordedBy}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}

function UnitDetail({ slug, unitId }: { slug: string; unitId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const units = useUnitTree(slug, true);
  if (units.isPending) return <PageLoader />;
  if (units.isError) return <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />;
  const unit = units.data.find((u) => u.id === unitId);
  const back = (
    <AnchorLink to="/t/$slug/people/units" params={{ slug }}>
      {t('structure.unit.back')}
    </AnchorLink>
  );
  if (!unit) return <StatusPage title={t('structure.unit.notFound')} message={back} />;
  const parent = unit.parentId ? units.data.find((u) => u.id === unit.parentId) : undefined;
  return (
    <Page
      title={unit.name}
      description={t('structure.unit.details', {
        type: t(`structure.unitTypes.${unit.type}` as 'structure.unitTypes.dinas'),
        code: unit.code,
        date: formatCalendarDate(unit.openedOn, lang, false),
      })}
    >
      <Group gap="md">
        {back}
        {parent ? (
          <Text size="sm">
            {t('structure.unit.parent', { name: '' })}
            <AnchorLink to="/t/$slug/people/units/$unitId" params={{ slug, unitId: parent.id }}>
              {parent.name}
            </AnchorLink>
          </Text>
        ) : null}
        {unit.closedOn ? (
          <Badge color="gray.8" variant="outline">
            {t('structure.tree.closed', { date: formatCalendarDate(unit.closedOn, lang, false) })}
          </Badge>
        ) : null}
      </Group>
      <Card withBorder padding="md">
        <PositionsSection slug={slug} unit={unit} />
      </Card>
      <ChangesSection slug={slug} unitId={unit.id} />
    </Page>
  );
}

/** One unit: its positions (jabatan) with class, quota and filled, and its dated changes. */
export function UnitDetailPage() {
  const { slug, unitId } = route.useParams();
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.manageUnits}>
      <UnitDetail slug={slug} unitId={unitId} />
    </RequireAccess>
  );
}
