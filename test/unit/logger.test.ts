// Log lines are JSON with the level's name, and personal data and credentials never reach them.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

function captured(fn: (log: ReturnType<typeof createLogger>) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  fn(createLogger('info', { stream: { write: (line: string) => lines.push(line) } }));
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('logger', () => {
  it('writes one JSON object per event, with its level, and drops what is below the level', () => {
    const [line, ...rest] = captured((log) => {
      log.info('reference data loaded', { legalActs: { changedActs: 0 } });
      log.debug('not shown');
    });
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ level: 'info', msg: 'reference data loaded', legalActs: { changedActs: 0 } });
  });

  it('redacts TINs, names, contacts and keys wherever they are in the logged object', () => {
    const [line] = captured((log) => log.warn('write', { tin: '01234567890123', holder: { tin: '1', nameRu: 'ОсОО', responsiblePersonPhone: '+996' }, authorization: 'Bearer pdh_x' }));
    expect(line).toMatchObject({ tin: '[redacted]', holder: { tin: '[redacted]', nameRu: 'ОсОО', responsiblePersonPhone: '[redacted]' }, authorization: '[redacted]' });
    expect(JSON.stringify(line)).not.toMatch(/01234567890123|pdh_x|\+996/);
  });
});
