// `npm start`: installs what is missing, builds the web app when its sources changed, then runs the server.
// Plain Node built-ins only: it runs before `npm install`.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { ensureNpmDependencies } from './lib/npm-deps.mjs';
import { repoPath, repoRoot } from './lib/paths.mjs';
import { ensureWebBuild } from './lib/web-build.mjs';

// A second signal or a hung shutdown must not leave the terminal waiting forever.
const forceKillAfterMs = 10_000;

async function prepare() {
  const installed = await ensureNpmDependencies();
  if (installed !== 0) {
    console.error('npm install failed: cannot start SetterDesk.');
    return installed;
  }
  const built = await ensureWebBuild();
  if (built !== 0) console.error('The web app build failed: cannot start SetterDesk.');
  return built;
}

function startServer() {
  const child = spawn(process.execPath, [repoPath('bin', 'setterdesk.mjs'), 'start'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  let forceKill;
  const forward = (signal) => {
    // The terminal may already have delivered the signal to the whole process group; the server
    // shuts down once however many copies arrive.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    forceKill ??= setTimeout(() => child.kill('SIGKILL'), forceKillAfterMs).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start the server: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(forceKill);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

const prepared = await prepare();
process.exitCode = prepared === 0 ? await startServer() : prepared;
