// Slow clients are cut off by the server's timeouts: a client that never finishes its headers
// gets 408 and a closed connection, and the server keeps serving others.
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { startServer } from '../../src/server.js';
import { testDatabase } from '../helpers/db.js';

describe('server timeouts', () => {
  let db: Database;
  let server: Server;
  before(async () => {
    db = await testDatabase();
    const config = loadConfig({ PORT: '0', SAIDWHAT_HEADERS_TIMEOUT_MS: '300', SAIDWHAT_REQUEST_TIMEOUT_MS: '600' });
    server = await startServer(db, config, pino({ level: 'silent' }));
  });
  after(async () => { server.close(); await db.close(); });

  it('a client that sends its headers too slowly is answered 408 and dropped', async () => {
    const port = (server.address() as AddressInfo).port;
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => sock.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'));
      let data = '';
      sock.on('data', (d) => { data += d; });
      sock.on('close', () => resolve(data));
      setTimeout(() => sock.destroy(), 5000);
    });
    assert.match(reply, /^HTTP\/1\.1 408/u);
    assert.ok(Date.now() - started < 3000, 'cut off by the headers timeout, not by the test');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(ok.status, 200);
  });
});
