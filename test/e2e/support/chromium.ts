import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: the only browser the tests use (never a downloaded one). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on a machine without a GPU: SwiftShader WebGL2 through ANGLE
 * (`--enable-unsafe-swiftshader` is required since Chromium 137 for software WebGL), and no
 * background traffic of the browser's own, so request recording only sees the app.
 */
export const chromiumArgs = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Fake microphone and camera, granted without a prompt (live-call tests): Chromium's fake audio device plays a
 * short beep every second, so a voice meter on the far side sees sound come and go.
 */
export const fakeMediaArgs = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** Launches headless Chromium for the e2e tests and the bench; `fakeMedia` adds {@link fakeMediaArgs}. */
export async function launchChromium(options: LaunchOptions & { fakeMedia?: boolean } = {}): Promise<Browser> {
  const { fakeMedia, ...launch } = options;
  return chromium.launch({ executablePath: chromiumPath, headless: true, ...launch, args: [...chromiumArgs, ...(fakeMedia ? fakeMediaArgs : []), ...(launch.args ?? [])] });
}
