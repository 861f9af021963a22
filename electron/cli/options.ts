import { parseArgs } from 'node:util';

/** Every option of every command (parseArgs refuses any other). */
const OPTIONS = {
  notebook: { type: 'string' },
  json: { type: 'boolean', default: false },
  title: { type: 'string' },
  file: { type: 'string' },
  source: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  port: { type: 'string' },
  lazy: { type: 'boolean', default: false }, // serve: no idle warm-up (the e2e tests)
  article: { type: 'string' },
  accept: { type: 'boolean', default: false },
  'min-confidence': { type: 'string' }, // suggest --accept: Accept all's threshold, in percent
  events: { type: 'boolean', default: false },
  relations: { type: 'boolean', default: false },
  format: { type: 'string' }, // export (issue 6)
  out: { type: 'string' },
  briefing: { type: 'string' },
  force: { type: 'boolean', default: false },
  paper: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  learn: { type: 'boolean', default: false },
  reliability: { type: 'string' }, // sources (issue 18)
} as const;

export function parseCommandLine(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

/** The options as parsed, which each command reads what it needs from. */
export type CliOptions = ReturnType<typeof parseCommandLine>['values'];
