// The HTTP server: timeouts against slow clients, and a graceful stop on SIGTERM/SIGINT (stop
// accepting, let in-flight requests finish, close the pool, exit 0).
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './api/app.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

export function startServer(db: Database, config: Config, log: Logger): Promise<Server> {
  const app = createApp(db.pool, db.kind, config, log);
  return new Promise((resolve, reject) => {
    const server = app.listen(config.PORT, config.HOST, () => resolve(server));
    server.on('error', reject);
    server.requestTimeout = config.SAIDWHAT_REQUEST_TIMEOUT_MS;
    server.headersTimeout = config.SAIDWHAT_HEADERS_TIMEOUT_MS;
    server.keepAliveTimeout = 5_000;
  });
}

export function stopOnSignals(server: Server, db: Database, log: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new connections, finishing requests');
    const force = setTimeout(() => { log.error('requests did not finish in 10 s; exiting'); process.exit(1); }, 10_000);
    force.unref();
    server.close(async () => {
      await db.close().catch((err) => log.error({ err }, 'closing the database failed'));
      log.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
