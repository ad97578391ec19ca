import { Badge, type MantineColor } from '@mantine/core';

interface StatusBadgeProps {
  /** The status in words, already translated: shown whole, in normal case. */
  label: string;
  /** Mantine colour of the badge's light background; the text keeps the body colour (contrast), and the words,
   * not the colour, carry the meaning. */
  color: MantineColor;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/**
 * A status as a small coloured label, the one every list and page uses. Unlike Mantine's default badge it keeps the
 * words as written (no capitals) and never cuts them off: in a table its column is as wide as the whole label, and
 * on a screen narrower than the label the words wrap instead of ending in "…".
 */
export function StatusBadge({ label, color, size = 'md' }: StatusBadgeProps) {
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      tt="none"
      className="status-badge"
      styles={{
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', flexShrink: 0 },
        label: {
          color: 'var(--mantine-color-text)',
          overflow: 'visible',
          textOverflow: 'clip',
          whiteSpace: 'normal',
          overflowWrap: 'normal',
          lineHeight: 1.35,
          fontWeight: 600,
        },
      }}
    >
      {label}
    </Badge>
  );
}
