export { AppShellLayout, type NavigationLink } from './app-shell-layout';
export { ContentLayout } from './content-layout';
