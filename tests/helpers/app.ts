// The app under test, with a key for writes and limits high enough not to get in the way.
import type pg from 'pg';
import { createApp, type AppConfig } from '../../src/api/app.js';
import type { DatabaseKind } from '../../src/db/database.js';

export const KEY = 'test-key-0123456789';
export const auth = { Authorization: `Bearer ${KEY}` };

export const testConfig = (over: Partial<AppConfig> = {}): AppConfig => ({
  SAIDWHAT_API_KEYS: [KEY],
  SAIDWHAT_AUTH_READS: false,
  SAIDWHAT_BODY_LIMIT: '2mb',
  SAIDWHAT_RATE_LIMIT: 100_000,
  SAIDWHAT_RATE_WINDOW_MS: 60_000,
  SAIDWHAT_CORS_ORIGINS: [],
  ...over,
});

export const testApp = (pool: pg.Pool, kind: DatabaseKind, over: Partial<AppConfig> = {}) => createApp(pool, kind, testConfig(over));
