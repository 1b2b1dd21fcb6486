/** An expected start-up failure (busy port, unreachable database): printed as one line, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}
