// Minimal levelled logger writing one line per event to stderr (stdout stays for the start-up banner).
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

export function createLogger(level: LogLevel): Logger {
  const min = ORDER.indexOf(level);
  const write = (l: LogLevel) => (message: string, extra?: unknown) => {
    if (ORDER.indexOf(l) < min) return;
    const detail = extra instanceof Error ? ` ${extra.stack ?? extra.message}` : extra === undefined ? '' : ` ${JSON.stringify(extra)}`;
    process.stderr.write(`${new Date().toISOString()} ${l.toUpperCase()} ${message}${detail}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
