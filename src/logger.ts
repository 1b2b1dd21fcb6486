// The hub's logger: pino, one JSON object per event on stderr (stdout stays for the start-up
// banner and command output), pretty-printed when stderr is a terminal. Personal data never
// reaches a log: the Registry's personal fields (Law No. 58: an entrepreneur's TIN, heads' and
// responsible persons' names and contacts, offenders' names) and credentials are redacted wherever
// they appear in a logged object, to two levels deep.
import pino from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

const PERSONAL = ['tin', 'headName', 'headPosition', 'email', 'phone', 'legalAddress', 'responsiblePersonName', 'responsiblePersonEmail', 'responsiblePersonPhone', 'personName', 'personPosition'];
const CREDENTIALS = ['authorization', 'key', 'password', 'apiKey'];
export const REDACTED_PATHS = [...PERSONAL, ...CREDENTIALS].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export function createLogger(level: LogLevel, opts: { pretty?: boolean; stream?: { write(line: string): unknown } } = {}): Logger {
  const pretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  const destination = opts.stream
    ? opts.stream
    : pretty
    ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } })
    : pino.destination({ dest: 2, sync: true }); // sync: lines are written before a failing start exits
  const log = pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
  const write = (l: LogLevel) => (message: string, extra?: unknown) => {
    if (extra instanceof Error) log[l]({ err: extra }, message);
    else if (extra !== null && typeof extra === 'object' && !Array.isArray(extra)) log[l]({ ...extra }, message);
    else if (extra !== undefined) log[l]({ detail: extra }, message);
    else log[l](message);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
