import type { ServiceDef } from '../shared/catalogue/types';
import type { ScreenId } from './flowTypes';

/**
 * The screens a service walks through before its outcome, by completion kind:
 * online/complaint: requirements → consent → form → review; appointment adds slot before review;
 * lookup/status: form only; information: info only; consultation (a message for an officer): consent → form → review.
 */
export function serviceSteps(service: ServiceDef): ScreenId[] {
  switch (service.completion) {
    case 'online':
    case 'complaint':
      return ['requirements', 'consent', 'form', 'review'];
    case 'appointment':
      return ['requirements', 'consent', 'form', 'slot', 'review'];
    case 'lookup':
    case 'status':
      return ['form'];
    case 'information':
      return ['info'];
    case 'consultation':
      return ['consent', 'form', 'review'];
  }
}
