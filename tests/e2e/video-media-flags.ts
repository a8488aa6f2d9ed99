/** Chromium for calls in tests: fake devices, no permission prompt, 127.0.0.1 host candidates (the hub relays only those). */
export const MEDIA_FLAGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection']
