import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, NavLink as RouterNavLink, useLocation } from 'react-router';
import { SkipLink } from '@/components/ui/skip-link';

export type NavigationLink = {
  label: string;
  href: string;
  icon: ReactNode;
};

type AppShellLayoutProps = {
  productName: string;
  homeHref: string;
  navigationLinks: readonly NavigationLink[];
  userDisplayName: string;
  onSignOut: () => void;
  isSigningOut: boolean;
  children: ReactNode;
};

const MAIN_CONTENT_ID = 'main-content';

/** Header with the product and the signed-in user, navigation beside (or, on a phone, behind a burger), and the page. */
export function AppShellLayout({
  productName,
  homeHref,
  navigationLinks,
  userDisplayName,
  onSignOut,
  isSigningOut,
  children,
}: AppShellLayoutProps) {
  const [isNavigationOpen, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <SkipLink targetId={MAIN_CONTENT_ID} />
            <Burger
              opened={isNavigationOpen}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavigationOpen ? 'Close navigation' : 'Open navigation'}
              aria-expanded={isNavigationOpen}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to={homeHref} fw={700} fz="lg" c="inherit" underline="never">
              {productName}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm">
              <VisuallyHidden>Signed in as </VisuallyHidden>
              {userDisplayName}
            </Text>
            <Button variant="default" size="sm" onClick={onSignOut} loading={isSigningOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation">
        <Stack gap={4}>
          {navigationLinks.map((link) => (
            <NavLink
              key={link.href}
              component={RouterNavLink}
              to={link.href}
              label={link.label}
              leftSection={link.icon}
              active={pathname === link.href || pathname.startsWith(`${link.href}/`)}
              onClick={closeNavigation}
            />
          ))}
        </Stack>
        <Text size="sm" mt="auto" pt="md" hiddenFrom="sm">
          Signed in as {userDisplayName}
        </Text>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
