import { getHomePath, getPathAfterSignIn } from '../home-path';

test.each([
  [['ADMIN'], '/rota'],
  [['HUB_MANAGER'], '/rota'],
  [['CLINICIAN'], '/my-shifts'],
  [['OPS_LEAD'], '/coverage'],
  [['CLINICIAN', 'HUB_MANAGER'], '/rota'],
  [['OPS_LEAD', 'CLINICIAN'], '/my-shifts'],
] as const)('roles %j start on %s', (roles, homePath) => {
  expect(getHomePath(roles)).toBe(homePath);
});

test('a user with no known role has no home page', () => {
  expect(getHomePath([])).toBeNull();
});

test('returns to the page that asked for sign-in when the role allows it', () => {
  expect(getPathAfterSignIn(['OPS_LEAD'], '/coverage?week=2025-03-03')).toBe('/coverage?week=2025-03-03');
});

test('goes home instead of to a page the role does not allow', () => {
  expect(getPathAfterSignIn(['CLINICIAN'], '/rota')).toBe('/my-shifts');
});

test.each(['https://evil.example/', '//evil.example/', 'javascript:alert(1)'])(
  'never redirects off the site (%s)',
  (redirectTo) => {
    expect(getPathAfterSignIn(['HUB_MANAGER'], redirectTo)).toBe('/rota');
  },
);
