/** Every client-side route, with a function that builds its link. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    signIn: {
      path: '/sign-in',
      getHref: (redirectTo?: string | null) =>
        redirectTo && redirectTo !== '/' ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : '/sign-in',
    },
  },
  app: {
    rota: {
      path: '/rota',
      getHref: () => '/rota',
    },
    rotaBoard: {
      path: '/rota/:rotaId',
      getHref: (rotaId: number) => `/rota/${rotaId}`,
    },
    rotaVersions: {
      path: '/rota/:rotaId/versions',
      getHref: (rotaId: number) => `/rota/${rotaId}/versions`,
    },
    myShifts: {
      path: '/my-shifts',
      getHref: () => '/my-shifts',
    },
    coverage: {
      path: '/coverage',
      getHref: () => '/coverage',
    },
    admin: {
      path: '/admin',
      getHref: () => '/admin',
    },
  },
} as const;
