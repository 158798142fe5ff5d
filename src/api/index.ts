/** Public surface of the API client used by the kiosks. */
export { createApiClient, type ApiClient, type ApiClientOptions } from './apiClient';
export { ApiError } from './apiError';
export { NetworkError } from './networkError';
