// The only reader of process.env: parses it once into a typed, frozen Config and fails fast,
// naming every invalid variable, so a bad deployment stops at start-up rather than mid-request.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  PORT: port.default(4000),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v), 'must be a postgres:// URL')
    .optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/pg'),
  EMBEDDED_PG_PORT: port.default(54329),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DEMO_HOLDERS: z.coerce.number().int().min(0).max(100_000).default(200),
});

export interface Config {
  readonly port: number;
  /** External PostgreSQL; when absent the hub starts an embedded server. */
  readonly databaseUrl?: string;
  readonly embedded: { readonly dataDir: string; readonly port: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Size of the demo data set loaded into an empty embedded database. */
  readonly demoHolders: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment variables:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; empty strings count as unset. Throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`),
    );
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    embedded: Object.freeze({ dataDir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT }),
    logLevel: e.LOG_LEVEL,
    demoHolders: e.DEMO_HOLDERS,
  });
}
