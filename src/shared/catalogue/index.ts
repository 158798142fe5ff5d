/** Public surface of the service catalogue: types, the validator and its error. */
export * from './types';
export { parseCatalogue } from './parseCatalogue';
export { CatalogueError } from './catalogueError';
export { parseInnovations, type Innovation, type InnovationGallery } from './parseInnovations';
