import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'DATABASE_URL must start with file: or postgres://')
    .default('file:./data/setterdesk.db'),
  /** How long a signed-in session lasts without activity. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** How long a served lead stays leased to its setter without a renewal. */
  LEASE_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
  /** Largest upload accepted by the import, in megabytes. */
  UPLOAD_LIMIT_MB: z.coerce.number().positive().default(512),
  /** Where uploaded import files wait for their job (shared by every node of a multi-node setup). */
  UPLOAD_DIR: z.string().default('data/uploads'),
  /** How long an import job keeps its claim without finishing a batch before another node may resume it. */
  IMPORT_LOCK_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** A JSON file of state calling rules replacing the shipped set ('off': none). */
  CALLING_RULES_FILE: z.string().optional(),
  /** Send cookies only over HTTPS (set true behind TLS). */
  COOKIE_SECURE: booleanFlag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory of the built web app; the API alone runs when it is missing. */
  WEB_DIST: z.string().default('web/dist'),
  /** Where invites and reminders go out: smtp://user:pass@host:587 or smtps://…; unset = kept in the outbox only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  /** The From of every mail. */
  MAIL_FROM: z.string().default('SetterDesk <no-reply@setterdesk.localhost>'),
  /** The address people reach the app at, for links in mails (self-service, calendar feeds). */
  PUBLIC_URL: z.string().url().optional(),
  /** Reminder offsets before an appointment, in minutes, comma-separated. */
  REMINDER_OFFSETS_MINUTES: z
    .string()
    .default('1440,60')
    .transform((text) => text.split(',').map((part) => Number(part.trim())))
    .pipe(z.array(z.number().int().positive()).max(10)),
  /** How long a lead's private self-service link stays valid after the appointment starts, in days. */
  SELF_SERVICE_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Run the background worker (reminders, mail) in this process. Every node may run one. */
  WORKER: z.enum(['on', 'off']).default('on'),
  WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
});

export type AppConfig = z.infer<typeof envSchema>;

/** Parses the environment once at boot and fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
