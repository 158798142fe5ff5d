/** Valid bodies the tests start from (and break one field at a time). */
import { apiExamples, EXAMPLE_BOOKING } from '../../../../src/shared/api/examples';
import type { Queryable } from '../../../../src/server/storage/db';
import type { CreateAppointmentBody } from '../../../../src/shared/api/schemas';
import { nextBookableDay } from '../../../../src/server/slots';

/** A NIK that passes the shared validator (Makassar, woman born 15-08-1990). */
export const VALID_NIK = '7371015508900003';

/** Fresh valid bodies for every POST route. */
export function validBodies() {
  return apiExamples(nextBookableDay(new Date()));
}

/** Valid request body of the online service `pengaktifan-data` (queue prefix F), a second queue beside `akta-kelahiran` (A). */
export const DATA_ACTIVATION = {
  serviceId: 'pengaktifan-data',
  values: { nik: VALID_NIK, kkNumber: '7371010101260001', fullName: 'Andi Baso', phone: '081234567890' },
  locale: 'id',
  consent: true,
};

/** Serial of the last NIK handed out by freshAppointment (unique within one test process). */
const nikSerial = { last: 0 };

/**
 * The appointment example with a NIK no other booking of this test process uses: a NIK may hold only one active
 * booking per service, so tests that book several times need distinct citizens.
 */
export function freshAppointment(): CreateAppointmentBody & { values: Record<string, string> } {
  const body = validBodies().createAppointment;
  nikSerial.last += 1;
  return { ...body, values: { ...body.values, nik: `737101150890${String(nikSerial.last).padStart(4, '0')}` } };
}

/** Files the booking that the survey and cancellation examples name (EXAMPLE_BOOKING), as the kiosk would have. */
export async function seedExampleBooking(db: Queryable): Promise<void> {
  const values = { nik: '7371011508900003', fullName: 'Andi Baso', phone: EXAMPLE_BOOKING.phone };
  await db.query(
    `INSERT INTO items (tracking_code, kind, service_id, location_id, appt_day, appt_time, data, masked)
     VALUES ($1, 'appointment', $2, 'mpp-makassar', $3, '09:00', $4, '{}'::jsonb)`,
    [EXAMPLE_BOOKING.trackingCode, EXAMPLE_BOOKING.serviceId, nextBookableDay(new Date()), JSON.stringify({ values })],
  );
}
