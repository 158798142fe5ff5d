import type { ServiceDef } from '../../shared/catalogue/types';
import type { ViewBlock } from '../flowTypes';
import { isOfficeHours } from '../workingDays';
import type { ScreenBuilder } from './viewKit';

/** The catalogue's order, with the kiosk's most common service (`common: true`) moved first. */
function commonFirst(services: readonly ServiceDef[]): ServiceDef[] {
  return [...services.filter((s) => s.common), ...services.filter((s) => !s.common)];
}

/** Screens before any data is typed: the services list, requirements, consent and information pages. */
export const entryScreens = {
  services: ({ ctx, t, loc }) => {
    const blocks: ViewBlock[] = [];
    // The message-for-an-officer form is opened from the live panel, not listed.
    const listed = ctx.services.filter((s) => s.completion !== 'consultation');
    if (listed.length === 0) blocks.push({ kind: 'text', text: t('flow.services.empty') });
    const open = isOfficeHours(ctx.now, ctx.officeHours);
    if (!open) blocks.push({ kind: 'text', text: t('hall.hours.outside') });
    return {
      titleKey: `kiosk.${ctx.kioskId}.title`,
      subtitle: t(`kiosk.${ctx.kioskId}.subtitle`),
      sayKey: open ? 'avatar.greeting' : 'avatar.outOfHours',
      sayParams: { kiosk: t(`kiosk.${ctx.kioskId}.title`) },
      blocks,
      actions: commonFirst(listed).map((s) => ({
        id: `service:${s.id}`,
        label: loc(s.name),
        labelKey: 'flow.action.chooseService',
        role: 'choice' as const,
        enabled: true,
        description: loc(s.description),
        ...(s.common ? { featured: true } : {}),
      })),
    };
  },

  requirements: ({ service: s, t, loc, fee, duration, action, backAndCancel }) => {
    const blocks: ViewBlock[] = [{ kind: 'text', text: loc(s.description) }];
    if (s.inPersonReason) blocks.push({ kind: 'text', text: loc(s.inPersonReason) });
    blocks.push(
      {
        kind: 'list',
        title: t('flow.requirements.listTitle'),
        items: s.requirements.length > 0 ? s.requirements.map(loc) : [t('flow.requirements.none')],
      },
      {
        kind: 'facts',
        rows: [
          { label: t('flow.fee.label'), value: fee(s) },
          { label: t('flow.duration.label'), value: duration(s) },
        ],
      },
    );
    const inPerson = s.completion === 'appointment';
    return {
      ...(inPerson ? { sayKey: 'avatar.inPerson' } : {}),
      blocks,
      actions: [action('next', inPerson ? 'flow.action.bookVisit' : 'flow.action.start', 'primary'), ...backAndCancel()],
    };
  },

  consent: ({ service: s, t, loc, action, backAndCancel }) => {
    const blocks: ViewBlock[] = [
      { kind: 'text', text: t('flow.consent.purpose', { service: loc(s.name) }) },
      { kind: 'list', title: t('flow.consent.dataTitle'), items: s.fields.map((f) => loc(f.label)) },
      { kind: 'text', text: t('flow.consent.retention') },
      { kind: 'text', text: t('flow.consent.rights') },
    ];
    if (s.completion === 'complaint') blocks.splice(2, 0, { kind: 'text', text: t('flow.consent.anonymous') });
    return { blocks, actions: [action('accept', 'flow.action.accept', 'primary'), ...backAndCancel()] };
  },

  info: ({ service: s, ctx, t, loc, action, backAndCancel }) => {
    const blocks: ViewBlock[] = [{ kind: 'text', text: loc(s.description) }];
    for (const paragraph of s.info ?? []) blocks.push({ kind: 'text', text: loc(paragraph) });
    if (s.requirements.length > 0) blocks.push({ kind: 'list', title: t('flow.requirements.listTitle'), items: s.requirements.map(loc) });
    if (s.gallery === 'innovations') {
      blocks.push({
        kind: 'cards',
        cards: ctx.innovations.map((i) => ({
          id: i.id,
          title: i.name,
          tag: i.since ? t('info.gallery.tagSince', { area: loc(i.area), year: i.since }) : loc(i.area),
          body: loc(i.summary),
        })),
        ...(ctx.innovationsDisclaimer ? { footnote: loc(ctx.innovationsDisclaimer) } : {}),
      });
    }
    return {
      ...(s.gallery === 'innovations' ? { sayKey: 'avatar.gallery' } : {}),
      blocks,
      actions: [action('done', 'flow.action.done', 'primary'), ...backAndCancel()],
    };
  },
} satisfies Record<string, ScreenBuilder>;
