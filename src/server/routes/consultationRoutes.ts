/**
 * POST /api/consultations (issue 11, "leave a message"): a citizen's message to a service unit, filed as a
 * consultation ticket through the same durable path as a complaint (Idempotency-Key, optional proposed tracking
 * code, sealed body from an offline kiosk). The officer answers it like a complaint; the reply shows in the status
 * timeline. The phone is optional and kept masked in the public status view.
 */
import { KIOSK_IDS, type KioskId } from '../../shared/catalogue';
import type { CreateConsultationBody } from '../../shared/api/schemas';
import { messageService } from '../../shared/live/messageService';
import { normalizePhone, validateFields } from '../../shared/validation';
import { HttpError } from '../apiError';
import { clientProposal, fileItem } from '../itemStore';
import { maskTail } from '../masking';
import type { ServerContext } from '../serverContext';
import { idempotentPost, type Handler } from './submission';

/** The unit of a body, or 400 naming `unit`. */
function unitOf(body: CreateConsultationBody): KioskId {
  if (!(KIOSK_IDS as readonly string[]).includes(body.unit)) throw new HttpError(400, 'unknown_unit', 'unit');
  return body.unit as KioskId;
}

/** The message and phone as the message service's fields check them (same rules as the kiosk); 400 at the field. */
function checkMessage(body: CreateConsultationBody): void {
  const values = { message: body.message, ...(body.phone !== undefined ? { phone: body.phone } : {}) };
  const errors = validateFields(messageService(unitOf(body)), values);
  if (errors.length > 0) throw new HttpError(400, errors[0].code, errors[0].field);
}

/** Handler of createConsultation. */
export function consultationHandlers(ctx: ServerContext): Record<string, Handler> {
  return {
    createConsultation: idempotentPost(
      ctx,
      'consultations',
      async (rec, body: CreateConsultationBody) => {
        const unit = unitOf(body);
        const phone = body.phone?.trim() ? (normalizePhone(body.phone.trim()) ?? body.phone.trim()) : undefined;
        const filed = await fileItem(
          ctx.db,
          {
            kind: 'consultation',
            serviceId: messageService(unit).id,
            data: { unit, message: body.message.trim(), ...(phone ? { phone } : {}) },
            masked: phone ? { phone: maskTail(phone, 4) } : {},
            locale: body.locale ?? 'id',
            ...clientProposal(body),
          },
          rec,
          (item) => ({ trackingCode: item.trackingCode, status: item.status, createdAt: item.createdAt }),
        );
        return { status: 201, body: filed.answer };
      },
      (body: CreateConsultationBody) => checkMessage(body),
    ),
  };
}
