// `npm run keys -- create --role INSPECTOR --name "A. Asanov" [--holder <TIN>]` prints a new key once;
// `npm run keys -- revoke <id>`; `npm run keys -- list` (never shows keys, only their ids).
import 'reflect-metadata';
import { ROLES, type RoleValue } from '../src/domain/access/roles.js';
import { ApiKey } from '../src/modules/auth/api-key.entity.js';
import { createApiKey, revokeApiKeys } from '../src/modules/auth/api-key.service.js';
import { parseArgs, UsageError, withHubDatabase } from './cli.js';

const { positional, options } = parseArgs(process.argv.slice(2));
const [command, id] = positional;
const usage = 'usage: npm run keys -- create --role <ROLE> --name <name> [--holder <TIN>] | revoke <id> | list';

await withHubDatabase(async (orm) => {
  if (command === 'create') {
    const role = String(options.role ?? '').toUpperCase() as Exclude<RoleValue, 'PUBLIC'>;
    if (!ROLES.includes(role) || typeof options.name !== 'string') throw new UsageError(usage);
    const key = await createApiKey(orm.em, { role, name: options.name, holderTin: typeof options.holder === 'string' ? options.holder : null });
    process.stdout.write(`created key #${key.id} (${key.role}${key.holderTin ? ` for holder ${key.holderTin}` : ''}); it is shown only now:\n${key.key}\n`);
  } else if (command === 'revoke' && id && /^\d+$/.test(id)) {
    const revoked = await revokeApiKeys(orm.em, { id: Number(id) }, typeof options.reason === 'string' ? options.reason : 'revoked by operator');
    if (!revoked.length) throw new Error(`no active key #${id}`);
    process.stdout.write(`revoked key #${id}\n`);
  } else if (command === 'list') {
    const keys = await orm.em.fork().find(ApiKey, {}, { orderBy: { id: 'asc' } });
    for (const k of keys) {
      process.stdout.write(`#${k.id}\t${k.role}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}\t${k.name}\n`);
    }
  } else {
    throw new UsageError(usage);
  }
});
