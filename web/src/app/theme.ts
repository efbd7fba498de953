import { type CSSVariablesResolver, createTheme, darken } from '@mantine/core';

/** One theme for every screen: one spacing and type scale, one palette, light and dark. */
export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons (and blue links on white) above WCAG AA, 4.5:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});

const lightVariantColors = [
  'blue',
  'green',
  'yellow',
  'orange',
  'red',
  'cyan',
  'grape',
  'teal',
  'gray',
  'violet',
];

/**
 * Mantine's defaults put dimmed text (gray 6 on white, dark 2 on dark 7) and some light-variant
 * labels (yellow 9, orange 9) under AA contrast; these overrides keep every label readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    ...Object.fromEntries(
      lightVariantColors.map((color) => [
        `--mantine-color-${color}-light-color`,
        darken(current.colors[color]?.[9] ?? current.black, 0.3),
      ]),
    ),
  },
  dark: { '--mantine-color-dimmed': current.colors.dark[1] },
});
