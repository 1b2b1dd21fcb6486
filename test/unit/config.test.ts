import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe(loadConfig.name, () => {
  it('applies defaults when nothing is set, leaving the embedded database on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads an external DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/hub' }).databaseUrl).toBe('postgres://u:p@db:5432/hub');
  });

  it('names every invalid variable when several are wrong', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(name);
    expect((err as ConfigError).problems).toHaveLength(3);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('takes request limits from the environment, and refuses a limit that is not a positive integer', () => {
    const c = loadConfig({ LIMIT_MAX_DEPTH: '8', LIMIT_MAX_COST: '1000', STATEMENT_TIMEOUT_MS: '2500' });
    expect(c.limits).toMatchObject({ maxDepth: 8, maxCost: 1000, statementTimeoutMs: 2500, maxAliases: 30 });
    expect(Object.isFrozen(c.limits)).toBe(true);
    expect(() => loadConfig({ LIMIT_MAX_ALIASES: '0' })).toThrow(/LIMIT_MAX_ALIASES/);
    expect(() => loadConfig({ LIMIT_BODY_BYTES: '1mb' })).toThrow(/LIMIT_BODY_BYTES/);
  });

  it('takes the API-key cache bound from VIEWER_TTL_MS (0 disables the cache), 30 s by default', () => {
    expect(loadConfig({}).viewerTtlMs).toBe(30_000);
    expect(loadConfig({ VIEWER_TTL_MS: '0' }).viewerTtlMs).toBe(0);
    expect(loadConfig({ VIEWER_TTL_MS: '1500' }).viewerTtlMs).toBe(1500);
    expect(() => loadConfig({ VIEWER_TTL_MS: '-1' })).toThrow(/VIEWER_TTL_MS/);
    expect(() => loadConfig({ VIEWER_TTL_MS: '2h' })).toThrow(/VIEWER_TTL_MS/);
  });
});
