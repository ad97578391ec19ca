import type { EmployeeDetail } from '@lentera/common';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { TableScroll } from '../../ui/TableScroll';
import { employmentLabel } from './labels';

type HistoryEntry = EmployeeDetail['history'][number];
type Kind = 'appointment' | 'rank' | 'position' | 'status' | 'employment' | 'other';

interface HistoryRow {
  entry: HistoryEntry;
  kinds: Kind[];
  changes: string[];
}

/**
 * Each entry names only what changed; the state before it is the fold of the older entries. Walking the history
 * oldest first gives every row its "from → to".
 */
function historyRows(history: HistoryEntry[], label: (field: string) => string): HistoryRow[] {
  const ascending = [...history].sort((a, b) => a.tmt.localeCompare(b.tmt) || a.recordedAt.localeCompare(b.recordedAt));
  const state = { position: null as string | null, rank: null as string | null, status: null as string | null };
  let employment: string | null = null;
  const rows = ascending.map((entry, index): HistoryRow => {
    const kinds: Kind[] = [];
    const changes: string[] = [];
    const change = (field: string, from: string | null, to: string) =>
      changes.push(`${label(field)}: ${from && from !== to ? `${from} → ${to}` : to}`);
    if (entry.rank) {
      kinds.push('rank');
      change('rank', state.rank, entry.rank);
      state.rank = entry.rank;
    }
    if (entry.positionName || entry.unitName) {
      kinds.push('position');
      const to = [entry.positionName, entry.unitName].filter(Boolean).join(', ');
      change('position', state.position, to);
      state.position = to;
    }
    if (entry.status) {
      kinds.push('status');
      change('status', state.status, entry.status);
      state.status = entry.status;
    }
    if (entry.employment && (entry.employment !== 'active' || employment !== null)) {
      kinds.push('employment');
      change('employment', employment ? employmentLabel(employment) : null, employmentLabel(entry.employment));
    }
    if (entry.employment) employment = entry.employment;
    if (index === 0) return { entry, kinds: ['appointment'], changes };
    return { entry, kinds: kinds.length > 0 ? kinds : ['other'], changes };
  });
  return rows.reverse();
}

/** The career history as a table, newest first: TMT, kind, SK and what changed from what. */
export function CareerHistory({ history }: { history: EmployeeDetail['history'] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const rows = historyRows(history, (field) => t(`employees.history.fields.${field}` as never));
  return (
    <Stack component="section" aria-labelledby="history-heading" gap="xs">
      <Title order={2} fz="h4" id="history-heading">
        {t('employees.history.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('employees.history.intro')}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('employees.history.empty')}</Text>
      ) : (
        <TableScroll minWidth={560} label={t('employees.history.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employees.history.tmt')}</Table.Th>
                <Table.Th>{t('employees.history.kind')}</Table.Th>
                <Table.Th>{t('employees.history.change')}</Table.Th>
                <Table.Th>{t('employees.history.sk')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ entry, kinds, changes }) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(entry.tmt, lang, false)}</Table.Td>
                  <Table.Td>{kinds.map((kind) => t(`employees.history.kinds.${kind}`)).join(', ')}</Table.Td>
                  <Table.Td>
                    {changes.map((text) => (
                      <Text key={text} size="sm">
                        {text}
                      </Text>
                    ))}
                    {entry.note ? (
                      <Text size="xs" c="dimmed">
                        {entry.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.skNumber ?? '—'}</Text>
                    {entry.skDate ? (
                      <Text size="xs" c="dimmed">
                        {formatCalendarDate(entry.skDate, lang, false)}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
