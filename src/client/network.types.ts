export type Network = {
  /** Calls `cb` each time the device gets a connection back; returns the unsubscribe. */
  onOnline: (cb: () => void) => () => void
}
