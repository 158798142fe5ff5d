/** Valid bodies the tests start from (and break one field at a time). */
import { apiExamples } from '../../../../src/shared/api/examples';
import { nextBookableDay } from '../../../../src/server/slots';

/** A NIK that passes the shared validator (Makassar, woman born 15-08-1990). */
export const VALID_NIK = '7371015508900003';

/** Fresh valid bodies for every POST route. */
export function validBodies() {
  return apiExamples(nextBookableDay(new Date()));
}
