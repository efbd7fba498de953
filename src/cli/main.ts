import { parseArgs } from 'node:util';
import { AppError } from '../core/shared/app-error.ts';
import { runCommand } from './commands.ts';

const usage = `Usage: npx setterdesk <command> [options]

Commands:
  start                                   migrate, seed the demo on first run, serve the app (PORT, DATABASE_URL)
  migrate                                 bring the database schema up to date
  seed-demo                               add the demo organization (only into an empty database)
  client create --name <name> --slug <slug> [--country US] [--time-zone <IANA>]
  user create --email <email> --name <name> --role admin|manager|setter|rep [--client <slug>]… [--password <pw>] [--time-zone <IANA>]
  token create --user <email> [--name <label>]   print a new personal API token (shown once)
  import <file> --client <slug> [--list <name>] [--map <column>=<field>]… [--dedupe skip|fill|overwrite]
         [--foreign-phones warn|refuse] [--encoding <name>] [--delimiter , ; tab |] [--sheet <name>] [--dry-run] [--json]
                                          import a CSV or XLSX file of leads (progress on stderr; --json prints one summary)
  permit --phone <number> [--postal-code <code>] [--state <XX>] [--time-zone <IANA>] [--client <slug>] [--at <ISO instant>] [--json]
                                          may this number be called now (or at --at)? allowed, time zones, window, reasons

Environment: DATABASE_URL (file:./data/setterdesk.db | postgres://…), PORT (3000), HOST (0.0.0.0)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    slug: { type: 'string' },
    country: { type: 'string' },
    'time-zone': { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    client: { type: 'string', multiple: true },
    password: { type: 'string' },
    user: { type: 'string' },
    list: { type: 'string' },
    map: { type: 'string', multiple: true },
    dedupe: { type: 'string' },
    'foreign-phones': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    sheet: { type: 'string' },
    phone: { type: 'string' },
    'postal-code': { type: 'string' },
    state: { type: 'string' },
    at: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

try {
  await runCommand(positionals, values);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`setterdesk: ${error.message}${error.field ? ` (${error.field})` : ''}`);
  } else {
    console.error(`setterdesk: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
