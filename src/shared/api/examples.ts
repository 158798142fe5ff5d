/**
 * Request body examples of the OpenAPI document. Each is accepted by the API exactly as it stands
 * (a test posts every one); the appointment date is the next bookable working day, so it never goes stale.
 */
import type { CreateAppointmentBody, CreateComplaintBody, CreateRequestBody, CreateSurveyBody } from './schemas';

/** Example bodies by operation id, for the given appointment day (`YYYY-MM-DD`). */
export function apiExamples(appointmentDay: string): {
  createRequest: CreateRequestBody;
  createComplaint: CreateComplaintBody;
  createAppointment: CreateAppointmentBody;
  createSurvey: CreateSurveyBody;
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
    createSurvey: {
      answers: [4, 4, 3, 4, 4, 4, 4, 3, 4],
      suggestion: 'Pelayanan cepat, antrean jelas.',
      profile: { sex: 'female', age: 34, education: 'S1', occupation: 'Wiraswasta' },
    },
  };
}
