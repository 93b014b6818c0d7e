/**
 * Signs in through the sign-in form, starting from `/` (which sends a signed-out visitor there),
 * and waits until the app has left the sign-in page. Fails with the page's error if sign-in fails.
 */
export async function signIn(page, username, password) {
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const signInAlert = page.getByRole('alert');
  const outcome = await Promise.race([
    page.waitForURL((url) => url.pathname !== '/sign-in').then(() => 'signed-in'),
    signInAlert.waitFor().then(() => 'failed'),
  ]);
  if (outcome === 'failed') {
    throw new Error(`Sign-in as ${username} failed: ${await signInAlert.innerText()}`);
  }
}
