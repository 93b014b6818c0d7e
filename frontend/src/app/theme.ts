import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * NHS blue (#005eb8) at the filled shade, so white text on buttons and links on white both
 * meet WCAG AA contrast (Mantine's default blue does not).
 */
const nhsBlue: MantineColorsTuple = [
  '#e6f0fa',
  '#cce0f4',
  '#99c2e9',
  '#66a3de',
  '#3385d3',
  '#1a75c4',
  '#005eb8',
  '#00529f',
  '#004687',
  '#003a6f',
];

export const theme = createTheme({
  primaryColor: 'nhs-blue',
  primaryShade: 6,
  colors: { 'nhs-blue': nhsBlue },
  fontFamily: 'Arial, Helvetica, sans-serif',
  focusRing: 'auto',
});

/** Darker secondary text and error text than Mantine's defaults, for AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
