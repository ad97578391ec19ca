import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** Width below which the table scrolls sideways (phones) instead of squeezing its columns. */
  minWidth: number;
  /** Names the scrolling region for screen readers, usually the table's heading. */
  label: string;
  children: ReactNode;
}

/** A wide table on a narrow screen: scrolls sideways, and can be focused to scroll with the keyboard. */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex on a non-interactive element.
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
