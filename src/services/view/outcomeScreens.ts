import type { ViewBlock } from '../flowTypes';
import { statusUrl } from '../statusUrl';
import { addWorkingDays } from '../workingDays';
import { localStatusResult, queuedResult } from './offlineScreens';
import type { ScreenBuilder } from './viewKit';

type Row = { label: string; value: string; emphasis?: boolean };

/** Screens that show what the citizen takes home: the result, thanks, a PBB bill, a request's status. */
export const outcomeScreens = {
  result: (kit) => {
    const { service: s, state, ctx, t, loc, action, backAndCancel } = kit;
    const r = state.receipt!;
    if (r.queued) return queuedResult(kit);
    const rows: Row[] = [{ label: t('flow.result.trackingCode'), value: r.trackingCode, emphasis: true }];
    if (r.queueNumber) rows.push({ label: t('flow.result.queueNumber'), value: r.queueNumber, emphasis: true });
    if (r.appointment) {
      rows.push({ label: t('flow.result.appointment'), value: kit.appointmentText(r.appointment) });
      const l = ctx.catalogue.appointmentLocations.find((x) => x.id === r.appointment!.locationId);
      if (l) rows.push({ label: t('flow.result.address'), value: l.address });
    } else if (r.kind === 'complaint' || r.kind === 'consultation') {
      rows.push({ label: t('flow.result.when'), value: t(r.kind === 'complaint' ? 'flow.result.complaintWhen' : 'flow.result.messageWhen') });
    } else {
      const expected =
        s.durationDays === 0
          ? t('flow.duration.sameDay')
          : t('flow.result.expectedBy', { date: ctx.text.formatDate(addWorkingDays(ctx.now, s.durationDays), 'weekday'), count: s.durationDays });
      rows.push({ label: t('flow.result.when'), value: expected });
    }
    const blocks: ViewBlock[] = [{ kind: 'facts', rows }];
    if (s.nextSteps) blocks.push({ kind: 'text', text: loc(s.nextSteps) });
    blocks.push({ kind: 'qr', url: statusUrl(r.trackingCode, ctx.statusOrigin), caption: t('flow.result.qrCaption') });
    return {
      sayKey: r.kind === 'complaint' ? 'avatar.complaintFiled' : r.kind === 'consultation' ? 'avatar.messageLeft' : r.kind === 'appointment' ? 'avatar.booked' : 'avatar.result',
      // Spelled out so speech reads the code letter by letter.
      sayParams: { code: r.trackingCode.split('').join(' ') },
      blocks,
      actions: [action('survey', 'flow.action.survey', 'primary'), action('done', 'booth.wipe.done', 'secondary'), ...backAndCancel()],
    };
  },

  thanks: ({ t, action, backAndCancel }) => ({
    blocks: [{ kind: 'text', text: t('survey.thanks') }],
    actions: [action('done', 'booth.wipe.done', 'primary'), ...backAndCancel()],
  }),

  lookupResult: ({ service: s, state, ctx, t, loc, action, backAndCancel }) => {
    const b = state.bill;
    const blocks: ViewBlock[] = [];
    if (b) {
      const rows: Row[] = [{ label: t('lookup.nop'), value: b.nop }];
      if (b.taxpayer) rows.push({ label: t('lookup.taxpayer'), value: b.taxpayer });
      if (b.objectAddress) rows.push({ label: t('lookup.objectAddress'), value: b.objectAddress });
      rows.push(
        { label: t('lookup.year'), value: String(b.year) },
        { label: t('lookup.amount'), value: ctx.text.formatCurrency(b.amountRupiah), emphasis: true },
        { label: t('lookup.dueDate'), value: ctx.text.formatDate(b.dueDate, 'long') },
        { label: t('lookup.paidLabel'), value: t(b.paid ? 'lookup.paid' : 'lookup.unpaid') },
      );
      blocks.push({ kind: 'facts', rows });
    }
    if (s.nextSteps) blocks.push({ kind: 'text', text: loc(s.nextSteps) });
    return {
      sayKey: b ? 'avatar.lookupResult' : 'avatar.lookupUnavailable',
      blocks,
      actions: [action('again', 'flow.action.again', 'secondary'), action('done', 'booth.wipe.done', 'primary'), ...backAndCancel()],
    };
  },

  statusResult: (kit) => {
    const { state, ctx, t, loc, action, backAndCancel } = kit;
    const st = state.status!;
    if ('local' in st) return localStatusResult(kit, st);
    const named = ctx.catalogue.services.find((x) => x.id === st.serviceId);
    const statusLabel = t(`status.value.${st.status}`);
    const rows: Row[] = [
      { label: t('flow.result.trackingCode'), value: st.trackingCode },
      { label: t('status.service'), value: named ? loc(named.name) : t(`status.kind.${st.kind}`) },
      { label: t('status.current'), value: statusLabel, emphasis: true },
    ];
    if (st.queueNumber) rows.push({ label: t('flow.result.queueNumber'), value: st.queueNumber });
    if (st.appointment) rows.push({ label: t('flow.result.appointment'), value: kit.appointmentText(st.appointment) });
    const blocks: ViewBlock[] = [
      { kind: 'facts', rows },
      {
        kind: 'timeline',
        title: t('status.timeline'),
        entries: st.timeline.map((e) => ({
          status: e.status,
          label: t(`status.value.${e.status}`),
          ...(e.note ? { note: e.note } : {}),
          at: ctx.text.formatDate(e.at, 'dateTime'),
        })),
      },
    ];
    if (st.reply) blocks.push({ kind: 'text', text: t('status.reply', { text: st.reply.text, date: ctx.text.formatDate(st.reply.at, 'dateTime') }) });
    return {
      sayKey: 'avatar.statusResult',
      sayParams: { status: statusLabel },
      blocks,
      actions: [action('again', 'flow.action.again', 'secondary'), action('done', 'booth.wipe.done', 'primary'), ...backAndCancel()],
    };
  },
} satisfies Record<string, ScreenBuilder>;
