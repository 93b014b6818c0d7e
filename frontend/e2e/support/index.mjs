export { expectNoAxeViolations } from './accessibility.mjs';
export { openBrowser } from './browser.mjs';
export { screenshot } from './screenshot.mjs';
export { signIn } from './sign-in.mjs';
export { apiSession, DEMO_PASSWORD, ensurePublishedRota, mondayAfterNext, waitForSolveToEnd } from './api.mjs';
