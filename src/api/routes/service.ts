// Health, readiness, the contract itself and its rendered reference.
import { apiReference } from '@scalar/express-api-reference';
import { Router } from 'express';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { parse as parseYaml } from 'yaml';
import type { DatabaseKind } from '../../db/database.js';
import { pendingMigrations } from '../../db/migrate.js';

export const SPEC_PATH = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));
export const SPEC_YAML = readFileSync(SPEC_PATH, 'utf8');
export const SPEC = parseYaml(SPEC_YAML) as Record<string, unknown>;

export function serviceRouter(pool: pg.Pool, kind: DatabaseKind): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  r.get('/readyz', async (_req, res) => {
    try {
      await pool.query('SELECT 1');
      const pending = await pendingMigrations(pool);
      const ready = pending.length === 0;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: kind, migrations: ready ? 'up to date' : `pending: ${pending.join(', ')}` });
    } catch {
      res.status(503).json({ status: 'unavailable', database: kind, migrations: 'unknown: the database cannot be reached' });
    }
  });
  r.get('/openapi.yaml', (_req, res) => { res.type('application/yaml').send(SPEC_YAML); });
  r.get('/openapi.json', (_req, res) => { res.json(SPEC); });
  r.get('/docs', apiReference({ url: '/openapi.json', pageTitle: 'saidwhat API' }));
  return r;
}
