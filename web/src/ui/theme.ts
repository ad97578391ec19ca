import { type CSSVariablesResolver, createTheme, darken } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and blue link text above WCAG AA's 4.5:1 contrast.
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji"',
  headings: { fontWeight: '700' },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Whole words in normal case: capitals ("TERLAMBAT", "RAHASIA") read as shouting and are harder to read.
    Badge: { defaultProps: { tt: 'none' } },
  },
});

/**
 * Mantine's default greys and its light/outline variants (green text on pale green, orange on pale orange, red
 * outline on a striped row) fall short of 4.5:1. Darker text for those keeps every badge, alert and button AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // A field's error message and the text of an invalid field (Mantine's red 6 is 3.3:1 on white).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  for (const [name, shades] of Object.entries(current.colors)) {
    const darkest = shades[9];
    if (!darkest || name === 'dark') continue;
    light[`--mantine-color-${name}-light-color`] = darken(darkest, 0.3);
    light[`--mantine-color-${name}-outline`] = darkest;
    light[`--mantine-color-${name}-text`] = darkest;
  }
  return { variables: {}, light, dark: {} };
};
