import { DataFileError } from '../dataFileError';

/** Thrown when scenes/catalogue.json or innovations.json is invalid; the message names the file, the field's path and what was expected. */
export class CatalogueError extends DataFileError {
  constructor(file: string, path: string, expected: string, actual: unknown) {
    super(file, path, expected, actual);
    this.name = 'CatalogueError';
  }
}
