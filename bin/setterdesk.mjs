#!/usr/bin/env node
// The `setterdesk` command: runs the TypeScript CLI through tsx, from the repository or via `npx setterdesk`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliEntry = new URL('../src/cli/main.ts', import.meta.url);
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('setterdesk: dependencies are not installed. Run `npm install` (or `npm start`) first.');
  process.exit(1);
}
if (!existsSync(cliEntry)) {
  console.error(`setterdesk: ${fileURLToPath(cliEntry)} is missing.`);
  process.exit(1);
}

// The tsconfig is named explicitly so the command behaves the same from any working directory.
register({ tsconfig });
await import(cliEntry.href);
