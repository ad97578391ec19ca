import { Group, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortableThProps {
  children: ReactNode;
  /** Whether the table is sorted by this column, and which way. */
  sorted: 'asc' | 'desc' | null;
  /** Sort by this column: ascending at first, the other way when already sorted by it. */
  onSort: (dir: 'asc' | 'desc') => void;
}

/**
 * A column header that sorts a server-side list. The header says how the table is sorted (`aria-sort`); the
 * button inside says what pressing it will do.
 */
export function SortableTh({ children, sorted, onSort }: SortableThProps) {
  const { t } = useTranslation();
  const next = sorted === 'asc' ? 'desc' : 'asc';
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const arrow = sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={ariaSort}>
      <UnstyledButton
        onClick={() => onSort(next)}
        fw={700}
        fz="sm"
        title={next === 'asc' ? t('employees.sort.ascending') : t('employees.sort.descending')}
      >
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <span aria-hidden="true">{arrow}</span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
