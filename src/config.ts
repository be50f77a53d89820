// Configuration from environment variables, checked once at start-up.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const list = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  SAIDWHAT_DATA_DIR: z.string().default('./data'),
  SAIDWHAT_API_KEYS: list.default([]),
  SAIDWHAT_AUTH_READS: bool.default(false),
  SAIDWHAT_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)?$/iu, 'a size such as 2mb').default('2mb'),
  SAIDWHAT_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  SAIDWHAT_RATE_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  SAIDWHAT_CORS_ORIGINS: list.default([]),
  SAIDWHAT_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  SAIDWHAT_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SAIDWHAT_DB_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  SAIDWHAT_SEED: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((c) => c.SAIDWHAT_HEADERS_TIMEOUT_MS <= c.SAIDWHAT_REQUEST_TIMEOUT_MS, {
  message: 'must not exceed SAIDWHAT_REQUEST_TIMEOUT_MS', path: ['SAIDWHAT_HEADERS_TIMEOUT_MS'],
});

export type Config = z.infer<typeof Env>;

/** Reads the configuration; throws one readable message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!r.success) {
    throw new Error(`bad configuration: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return r.data;
}
