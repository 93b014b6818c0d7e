import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { APP_LOG_FILE, DEFAULT_JAR_PATH } from './config.mjs';

const HEALTH_TIMEOUT_MS = 120_000;
const HEALTH_POLL_INTERVAL_MS = 1_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts the packaged application on a free port with a fresh embedded database and the small
 * demo data set, and resolves once /actuator/health/readiness reports UP.
 */
export async function startApp() {
  const jarPath = process.env.HUBROTA_JAR ?? DEFAULT_JAR_PATH;
  if (!existsSync(jarPath)) {
    throw new Error(
      `No application jar at ${jarPath}. Build it with \`./mvnw -B -o package -DskipTests\` in the repository root, ` +
        'set HUBROTA_JAR to another jar, or set E2E_BASE_URL to test an app that is already running.',
    );
  }
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-rota-e2e-db-'));
  await mkdir(dirname(APP_LOG_FILE), { recursive: true });
  const log = createWriteStream(APP_LOG_FILE);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    '-jar',
    jarPath,
    `--server.port=${port}`,
    `--hubrota.embedded-db.data-dir=${dataDir}`,
    '--hubrota.demo.size=S',
  ];
  console.log(`Starting ${jarPath} on port ${port} (log: ${APP_LOG_FILE})`);
  const appProcess = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  appProcess.stdout.pipe(log);
  appProcess.stderr.pipe(log);

  const exited = new Promise((resolve) => appProcess.once('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;

  async function stop() {
    if (appProcess.exitCode === null && appProcess.signalCode === null) {
      appProcess.kill('SIGTERM');
      const stoppedInTime = await Promise.race([exited.then(() => true), delay(STOP_TIMEOUT_MS).then(() => false)]);
      if (!stoppedInTime) {
        console.error(`The app did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing process ${appProcess.pid}.`);
        appProcess.kill('SIGKILL');
        await exited;
      }
    }
    log.end();
    await rm(dataDir, { recursive: true, force: true });
  }

  try {
    await waitForHealthy(baseUrl, exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\nLast lines of ${APP_LOG_FILE}:\n${await tailOfLog()}`);
  }
  console.log(`App is UP at ${baseUrl}`);
  return { baseUrl, stop };
}

async function waitForHealthy(baseUrl, exited) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let appExit;
  exited.then((exit) => {
    appExit = exit;
  });
  while (Date.now() < deadline) {
    if (appExit) {
      throw new Error(`The app exited before it was healthy (exit code ${appExit.code}, signal ${appExit.signal}).`);
    }
    if ((await readHealthStatus(baseUrl)) === 'UP') {
      return;
    }
    await delay(HEALTH_POLL_INTERVAL_MS);
  }
  throw new Error(`The app was not ready at ${baseUrl}/actuator/health/readiness within ${HEALTH_TIMEOUT_MS / 1000} s.`);
}

async function readHealthStatus(baseUrl) {
  try {
    // Readiness is UP only once start-up work (the demo data) is done; plain health is UP as soon as it listens.
    const response = await fetch(`${baseUrl}/actuator/health/readiness`);
    const body = await response.json();
    return body.status;
  } catch {
    return undefined;
  }
}

async function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function tailOfLog(lineCount = 40) {
  try {
    return (await readFile(APP_LOG_FILE, 'utf8')).trimEnd().split('\n').slice(-lineCount).join('\n');
  } catch {
    return '(no log)';
  }
}

function delay(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
