// The only reader of process.env: parses it once into a typed, frozen Config and fails fast,
// naming every invalid variable, so a bad deployment stops at start-up rather than mid-request.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const positive = z.coerce.number().int().min(1);

const EnvSchema = z.object({
  PORT: port.default(4000),
  // Loopback by default, as the README promises `localhost`; 0.0.0.0 to serve other machines (Docker).
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v), 'must be a postgres:// URL')
    .optional(),
  // With DATABASE_URL (the schema owner): the least-privileged role that serves requests (README).
  DATABASE_APP_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v), 'must be a postgres:// URL')
    .optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/pg'),
  EMBEDDED_PG_PORT: port.default(54329),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DEMO_HOLDERS: z.coerce.number().int().min(0).max(100_000).default(200),
  // Request limits (src/graphql/limits.ts). Defaults admit GraphiQL's introspection, the README
  // examples, a dashboard page of 100 holders with arrays and systems, and gateway _entities batches.
  LIMIT_MAX_DEPTH: positive.default(12),
  LIMIT_MAX_ALIASES: positive.default(30),
  LIMIT_MAX_DIRECTIVES: positive.default(20),
  LIMIT_MAX_TOKENS: positive.default(5_000),
  LIMIT_MAX_COST: positive.default(50_000),
  LIMIT_LIST_SIZE: positive.default(10),
  LIMIT_MAX_LIST_ITEMS: positive.default(20_000),
  LIMIT_MAX_VARIABLE_VALUES: positive.default(10_000),
  LIMIT_MAX_VARIABLE_DEPTH: positive.default(20),
  LIMIT_BODY_BYTES: positive.default(1_000_000),
  LIMIT_RESPONSE_BYTES: positive.default(10_000_000),
  REQUEST_TIMEOUT_MS: positive.default(30_000),
  STATEMENT_TIMEOUT_MS: positive.default(10_000),
  LOCK_TIMEOUT_MS: positive.default(5_000),
  // How long a hub process trusts an API key it has looked up (src/modules/auth/api-key.service.ts):
  // a key revoked by `npm run keys` or on another replica is refused by every hub within this bound.
  // 0 looks the key up on every request.
  VIEWER_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  // Set by `npm start` (scripts/start.mjs) for the ready banner, which then counts the whole start.
  HUB_LAUNCHED_AT: z.coerce.number().min(0).optional(),
  HUB_BUILD_MS: z.coerce.number().min(0).optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** External PostgreSQL (as the schema owner); when absent the hub starts an embedded server. */
  readonly databaseUrl?: string;
  /** The role that serves requests on the external server; without it, the owner does. */
  readonly databaseAppUrl?: string;
  readonly embedded: { readonly dataDir: string; readonly port: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Size of the demo data set loaded into an empty embedded database. */
  readonly demoHolders: number;
  readonly limits: Limits;
  /** How long a looked-up API key is trusted without asking the database again (revocation bound). */
  readonly viewerTtlMs: number;
  /** When `npm start` was launched (ms since the epoch), and how long its build took if it built. */
  readonly launchedAt?: number;
  readonly buildMs?: number;
}

/** What one request may ask and take; every refusal names its limit (src/graphql/limits.ts). */
export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** Cost of an operation: each field 1, times `first`/`last` (or `listSize` for an unpaged list) above it. */
  readonly maxCost: number;
  /** Assumed length of a list without a `first`/`last` argument (a holder's arrays, an act's versions). */
  readonly listSize: number;
  /** Objects all the lists of one answer may hold together (counted while resolving; data decides). */
  readonly maxListItems: number;
  /** Values (leaves, list items, object fields) all the variables of one request may hold. */
  readonly maxVariableValues: number;
  readonly maxVariableDepth: number;
  readonly bodyBytes: number;
  readonly responseBytes: number;
  /** Node's requestTimeout: a client that trickles its request (slowloris) is cut off after this. */
  readonly requestTimeoutMs: number;
  /** PostgreSQL statement_timeout and lock_timeout of the serving pool. */
  readonly statementTimeoutMs: number;
  readonly lockTimeoutMs: number;
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
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    embedded: Object.freeze({ dataDir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT }),
    logLevel: e.LOG_LEVEL,
    demoHolders: e.DEMO_HOLDERS,
    limits: Object.freeze({
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxDirectives: e.LIMIT_MAX_DIRECTIVES,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxCost: e.LIMIT_MAX_COST,
      listSize: e.LIMIT_LIST_SIZE,
      maxListItems: e.LIMIT_MAX_LIST_ITEMS,
      maxVariableValues: e.LIMIT_MAX_VARIABLE_VALUES,
      maxVariableDepth: e.LIMIT_MAX_VARIABLE_DEPTH,
      bodyBytes: e.LIMIT_BODY_BYTES,
      responseBytes: e.LIMIT_RESPONSE_BYTES,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: e.LOCK_TIMEOUT_MS,
    }),
    viewerTtlMs: e.VIEWER_TTL_MS,
    launchedAt: e.HUB_LAUNCHED_AT,
    buildMs: e.HUB_BUILD_MS,
  });
}

/** For entry points (src/main.ts, and scripts/check-config.ts before a build): a bad variable is
 *  printed as the ConfigError's message and ends the process with status 2. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
}

/** The limits with no environment overrides (tests, benchmarks). */
export const DEFAULT_LIMITS: Limits = loadConfig({}).limits;
