/**
 * Request body examples of the OpenAPI document. Each is accepted by the API exactly as it stands
 * (a test posts every one); the appointment date is the next bookable working day, so it never goes stale.
 * The survey and cancellation examples name EXAMPLE_BOOKING, and the enrolment example uses EXAMPLE_BOOTH_PIN:
 * they are accepted by a server that holds that booking and runs with that PIN (as the test sets up).
 */
import type {
  BoothEnrolBody,
  CancelAppointmentBody,
  CreateAppointmentBody,
  CreateComplaintBody,
  CreateConsultationBody,
  CreateFeedbackBody,
  CreateRequestBody,
  CreateSurveyBody,
} from './schemas';

/** The booking the survey and cancellation examples refer to: an appointment with this code and phone. */
export const EXAMPLE_BOOKING = { trackingCode: 'K7QM-4ZTX', serviceId: 'ktp-el-rekam', phone: '081234567890' } as const;

/** The operator PIN of the enrolment example (a demo value: set your own BOOTH_PIN). */
export const EXAMPLE_BOOTH_PIN = '246810';

/** Example bodies by operation id, for the given appointment day (`YYYY-MM-DD`). */
export function apiExamples(appointmentDay: string): {
  createRequest: CreateRequestBody;
  createComplaint: CreateComplaintBody;
  createAppointment: CreateAppointmentBody;
  createConsultation: CreateConsultationBody;
  createSurvey: CreateSurveyBody;
  cancelAppointment: CancelAppointmentBody;
  createFeedback: CreateFeedbackBody;
  boothEnrol: BoothEnrolBody;
} {
  return {
    createRequest: {
      serviceId: 'akta-kelahiran',
      values: {
        childName: 'Andi Baso',
        childSex: 'male',
        birthDate: '2026-11-01',
        birthPlace: 'Makassar',
        kkNumber: '7371010101260001',
        motherNik: '7371015508900003',
        phone: '081234567890',
      },
      locale: 'id',
      consent: true,
    },
    createComplaint: {
      category: 'penerangan-jalan',
      location: 'Jl. Perintis Kemerdekaan Km 10, Tamalanrea',
      description: 'Lampu jalan mati sejak seminggu, jalan sangat gelap di malam hari.',
      anonymous: true,
      locale: 'id',
      consent: true,
    },
    createAppointment: {
      serviceId: 'ktp-el-rekam',
      locationId: 'mpp-makassar',
      date: appointmentDay,
      time: '09:00',
      values: { nik: '7371011508900003', fullName: 'Andi Baso', phone: '081234567890' },
      locale: 'id',
      consent: true,
    },
    createConsultation: {
      unit: 'kependudukan',
      message: 'Apakah akta kelahiran anak bisa diurus tanpa surat nikah orang tua?',
      phone: '081234567890',
      locale: 'id',
      consent: true,
    },
    createSurvey: {
      trackingCode: EXAMPLE_BOOKING.trackingCode,
      answers: [4, 4, 3, 4, 4, 4, 4, 3, 4],
      suggestion: 'Pelayanan cepat, antrean jelas.',
      profile: { sex: 'female', age: 34, education: 'S1', occupation: 'Wirausaha' },
    },
    cancelAppointment: { trackingCode: EXAMPLE_BOOKING.trackingCode, phoneLast4: EXAMPLE_BOOKING.phone.slice(-4) },
    createFeedback: { answers: [3, 4, 3, 3, 4, 4, 4, 3, 3], suggestion: 'Kursi tunggu ditambah.' },
    boothEnrol: { pin: EXAMPLE_BOOTH_PIN, name: 'MPP Makassar, headset 3' },
  };
}
