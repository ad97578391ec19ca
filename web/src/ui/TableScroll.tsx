import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** Width below which the table scrolls sideways (phones) instead of squeezing its columns. */
  minWidth: number;
  /** Names the scrolling region for screen readers, usually the table's heading. */
  label: string;
  children: ReactNode;
}

/**
 * Every table goes in one: a wide table on a narrow screen scrolls sideways inside its own box (which can be focused
 * to scroll with the keyboard), and the page around it never does.
 */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex on a non-interactive element.
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      // `position: relative` makes the box the containing block of what is positioned inside the table (the
      // visually hidden column names, sort buttons' labels): without it they are placed against the page and stretch
      // it sideways from beyond the box's right edge. `max-width` keeps the box inside a flex or grid parent.
      className="table-scroll"
    >
      {children}
    </Table.ScrollContainer>
  );
}
