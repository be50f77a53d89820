// A fresh database for a test file: PGlite in memory, or the server in DATABASE_URL (emptied
// first, so only a database whose name says "test" is accepted).
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

export async function testDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db.pool);
    return db;
  }
  const name = new URL(url).pathname.slice(1);
  if (!/test/iu.test(name)) throw new Error(`refusing to empty database "${name}": tests need a database whose name contains "test"`);
  const db = await openDatabase({ url });
  await db.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await migrate(db.pool);
  return db;
}

export const onServer = () => Boolean(process.env.DATABASE_URL);
