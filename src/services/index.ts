/** Public surface of the kiosk service logic (no Babylon, no DOM): the flow, its view model and its port. */
export { createKioskFlow, SLOT_FIELDS, type KioskFlow, type KioskFlowOptions } from './kioskFlow';
export type { ActionRole, FieldInput, FlowText, ScreenId, ViewAction, ViewBlock, ViewField, ViewModel, ViewNotice } from './flowTypes';
export type { ServicePort, Slot, TaxBill } from './servicePort';
export { statusUrl } from './statusUrl';
export { newIdempotencyKey } from './idempotencyKey';
export { classifyError, type FailureKind } from './classifyError';
export { portFromApiClient, type ApiClientLike } from './portFromApiClient';
