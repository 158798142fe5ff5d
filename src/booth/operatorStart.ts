import type { BoothHallOptions, SettingsRef } from './boothHall';
import { OperatorMenu } from './operatorMenu';
import { OperatorOpener } from './operatorOpener';
import type { Wipe } from './wipe';

/** The operator menu and its hidden opener; the PIN pad opens at once while the device is not enrolled. */
export function startOperator(o: BoothHallOptions, wipe: Wipe, settings: SettingsRef): void {
  const alert = document.createElement('p');
  alert.className = 'booth-operator-message hall-message';
  // Seen on the page; screen readers hear the same notice once, from the PIN pad in the DOM mirror.
  alert.setAttribute('aria-hidden', 'true');
  alert.hidden = true;
  o.root.append(alert);
  const menu = new OperatorMenu({
    scene: o.scene,
    i18n: o.i18n,
    panels: o.panels,
    welcomeAnchor: o.welcomeAnchor,
    origin: location.origin,
    pending: o.pending,
    comfort: o.comfort,
    settings: settings.get,
    save: settings.save,
    reset: () => wipe.run('operator'),
    announce: (text) => {
      alert.textContent = text;
      alert.hidden = text === '';
    },
    leave: () => {
      settings.save({ ...settings.get(), on: false });
      location.replace(location.pathname);
    },
  });
  new OperatorOpener({ scene: o.scene, i18n: o.i18n, panels: o.panels, welcomeAnchor: o.welcomeAnchor, onOpen: () => menu.openPin() });
  wipe.onWipe(() => menu.close());
  if (!settings.get().token) menu.openPin();
}
