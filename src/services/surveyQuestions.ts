/** Field names of the 9 IKM answers on the survey screen, in PermenPANRB 14/2017 element order. */
export const SURVEY_ANSWER_FIELDS: readonly string[] = ['ikm1', 'ikm2', 'ikm3', 'ikm4', 'ikm5', 'ikm6', 'ikm7', 'ikm8', 'ikm9'];

/** Field name of the optional free-text suggestion. */
export const SURVEY_SUGGESTION_FIELD = 'suggestion';

/** Longest suggestion the API accepts. */
export const SURVEY_SUGGESTION_MAX = 1000;

/** The cost element (Biaya/tarif) has its own scale, from "very expensive" to "free". */
export const SURVEY_COST_FIELD = 'ikm4';
