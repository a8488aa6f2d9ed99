// H5 (and tsc/jest): nothing to initialise; the local server is on the same origin.
export function initPlatform() {}
