import { configureOfflineBabylon } from './pwa/offlineAssets';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { drawFirstFrame } from './app/firstFrame';
import type { AutomationHandle } from './app/automationHandle';
import { startupErrorMessage } from './app/startupError';

declare global {
  interface Window {
    /** Read-only automation handle of the hall (see README, "Automation handle"). */
    serviceHall?: AutomationHandle;
  }
}

/**
 * Bootstrap: offline asset paths, the hall's first frame, then the rest of the app (the "hall-app" chunk, loaded
 * only once that frame is drawn), then the service worker.
 */
async function main(): Promise<void> {
  configureOfflineBabylon();
  const canvas = document.getElementById('hall') as HTMLCanvasElement;
  const overlay = document.getElementById('overlay') as HTMLElement;
  try {
    const first = drawFirstFrame(canvas);
    await first.drawn;
    const { createHallApp } = await import(/* webpackChunkName: "hall-app" */ './app/hallApp');
    const app = await createHallApp({ canvas, overlay, first });
    window.serviceHall = app.handle;
  } catch (error) {
    const box = document.createElement('p');
    box.className = 'hall-message';
    box.setAttribute('role', 'alert');
    box.textContent = startupErrorMessage(error, navigator.language);
    overlay.append(box);
    throw error;
  }
  registerServiceWorker({
    onError: (error) => console.warn('Offline mode unavailable:', error.message),
  });
}

void main();
