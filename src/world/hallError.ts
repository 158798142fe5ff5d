import { DataFileError } from '../shared/dataFileError';

/** Thrown when scenes/hall.json is invalid; the message names the file, the field's path and what was expected. */
export class HallError extends DataFileError {
  constructor(file: string, path: string, expected: string, actual: unknown) {
    super(file, path, expected, actual);
    this.name = 'HallError';
  }
}
