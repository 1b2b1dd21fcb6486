import { AppError } from '../errors.js';

/** A seed file that cannot be loaded: names the file, the path inside it and the reason. */
export class SeedError extends AppError {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super('INVALID_SEED', `${file}: ${path || '(root)'}: ${reason}`, { file, path, reason });
    this.name = 'SeedError';
  }
}
