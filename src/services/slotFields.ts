/** Reserved field names of the appointment slot screen. */
export const SLOT_FIELDS = { location: 'slotLocation', date: 'slotDate', time: 'slotTime' } as const;

/** How many working days ahead the slot screen offers. */
export const SLOT_DAYS = 10;
