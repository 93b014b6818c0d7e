import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { AppRoot } from './routes/app/root';
import { HomeRedirectRoute } from './routes/app/home-redirect';
import { NotFoundRoute } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';

/** The route tree; the role pages load on first visit. */
export function createAppRoutes(): RouteObject[] {
  return [
    { path: paths.auth.signIn.path, element: <SignInRoute /> },
    {
      path: paths.home.path,
      element: <AppRoot />,
      hydrateFallbackElement: <PageLoader label="Loading Hub Rota" />,
      children: [
        { index: true, element: <HomeRedirectRoute /> },
        {
          path: paths.app.rota.path,
          lazy: async () => ({ Component: (await import('./routes/app/rota')).RotaRoute }),
        },
        {
          path: paths.app.rotaBoard.path,
          lazy: async () => ({ Component: (await import('./routes/app/rota')).RotaBoardRoute }),
        },
        {
          path: paths.app.rotaVersions.path,
          lazy: async () => ({ Component: (await import('./routes/app/rota')).RotaVersionsRoute }),
        },
        {
          path: paths.app.myShifts.path,
          lazy: async () => ({ Component: (await import('./routes/app/my-shifts')).MyShiftsRoute }),
        },
        {
          path: paths.app.coverage.path,
          lazy: async () => ({ Component: (await import('./routes/app/coverage')).CoverageRoute }),
        },
        {
          path: paths.app.admin.path,
          lazy: async () => ({ Component: (await import('./routes/app/admin')).AdminRoute }),
        },
      ],
    },
    { path: '*', element: <NotFoundRoute /> },
  ];
}

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(createAppRoutes()), []);
  return <RouterProvider router={router} />;
}
