import type { Locale } from '../shared/catalogue/types';
import en from '../../static/locales/en.json';
import id from '../../static/locales/id.json';
import type { MessageTree } from './flattenMessages';

/** The bundled locale files (imported, so they work offline and need no fetch). */
export const DEFAULT_MESSAGES: Readonly<Record<Locale, MessageTree>> = { id: id as MessageTree, en: en as MessageTree };
