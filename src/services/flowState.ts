import type { StatusResponse } from '../shared/api/schemas';
import type { FieldErrorCode } from '../shared/validation/types';
import type { Post } from './flowActions';
import type { ScreenId } from './flowTypes';
import type { LocalStatus, Slot, TaxBill } from './servicePort';

/** A screen-wide message before translation. */
export interface NoticeState {
  tone: 'error' | 'info' | 'success';
  key: string;
  params?: Record<string, string | number>;
}

/** One submission attempt-series: retries resend the same post (body and key) until it succeeds. */
export interface SubmissionState {
  post: Post;
  /** The body without volatile parts (locale), to tell a retry from a changed form. */
  fingerprint: string;
}

/** What the citizen takes home. */
export interface ReceiptState {
  kind: 'request' | 'complaint' | 'appointment' | 'consultation';
  trackingCode: string;
  queueNumber?: string;
  appointment?: { locationId: string; date: string; time: string };
  /** Kept on this device, to be sent automatically: no queue number or confirmed slot yet. */
  queued?: true;
}

/** The chosen appointment slot and the slots offered for the chosen location and day. */
export interface SlotState {
  locationId: string;
  date: string;
  time: string;
  slots: Slot[] | null;
  loading: boolean;
  loadFailed: boolean;
}

/** Everything one citizen's visit to a kiosk holds. Replaced wholesale on cancel, so nothing leaks to the next. */
export interface FlowState {
  screen: ScreenId;
  serviceId: string | null;
  values: Record<string, string>;
  errors: Record<string, FieldErrorCode>;
  slot: SlotState;
  busy: boolean;
  notice: NoticeState | null;
  submission: SubmissionState | null;
  receipt: ReceiptState | null;
  bill: TaxBill | null;
  status: StatusResponse | LocalStatus | null;
  surveyValues: Record<string, string>;
  surveyErrors: Record<string, FieldErrorCode>;
  surveySubmission: SubmissionState | null;
}

/** A blank visit: the services list with no personal data at all. */
export function initialFlowState(): FlowState {
  return {
    screen: 'services',
    serviceId: null,
    values: {},
    errors: {},
    slot: { locationId: '', date: '', time: '', slots: null, loading: false, loadFailed: false },
    busy: false,
    notice: null,
    submission: null,
    receipt: null,
    bill: null,
    status: null,
    surveyValues: {},
    surveyErrors: {},
    surveySubmission: null,
  };
}
