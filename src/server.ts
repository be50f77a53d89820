// The HTTP server: timeouts against slow clients, and a graceful stop on SIGTERM/SIGINT (stop
// accepting, let in-flight requests finish, close the pool, exit 0).
import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './api/app.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

export function startServer(db: Database, config: Config, log: Logger): Promise<Server> {
  const app = createApp(db.pool, db.kind, config, log);
  const server = createServer({
    requestTimeout: config.SAIDWHAT_REQUEST_TIMEOUT_MS,
    headersTimeout: config.SAIDWHAT_HEADERS_TIMEOUT_MS,
    keepAliveTimeout: 5_000,
    // how often those timeouts are enforced (Node's default, 30 s, would let slow clients linger)
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(config.SAIDWHAT_HEADERS_TIMEOUT_MS / 2)),
  }, app);
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve(server));
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
