/** Public surface of the API schemas shared by the server, the kiosk client and the officer console. */
export * from './schemas';
export * from './officerSchemas';
export { API_ROUTES, type ApiRoute } from './routes';
export { apiExamples } from './examples';
