import {
  createTheme,
  Drawer,
  Modal,
  Notification,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

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

/**
 * Mantine's "light" variant (tinted background, coloured text; used by alerts and badges) puts
 * shade 9 on shade 0, which is below AA for yellow and orange. Darken that text until it passes.
 */
const accessibleVariantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') {
    return defaults;
  }
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) {
    return defaults;
  }
  return { ...defaults, color: darken(input.theme.colors[parsed.color][9], 0.4) };
};

export const theme = createTheme({
  primaryColor: 'nhs-blue',
  primaryShade: 6,
  colors: { 'nhs-blue': nhsBlue },
  fontFamily: 'Arial, Helvetica, sans-serif',
  focusRing: 'auto',
  variantColorResolver: accessibleVariantColorResolver,
  components: {
    // Dialogs and drawers too: Mantine's close button is an icon with no accessible name of its own.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close panel' } } }),
    // Every notification's close button gets a name screen readers can announce.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Full-strength text: the default grey description is below AA on the notification's background.
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
  },
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
