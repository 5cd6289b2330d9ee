/**
 * Whether a person is at the screen. A request made without their input in the last few seconds (a poll, a refetch
 * on focus) is sent as background, so the server does not count it against the idle time; the idle warning counts
 * from the last request the person made.
 */
const INPUT_WINDOW_MS = 5_000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let lastInput = 0;
let lastActive = Date.now();
const listeners = new Set<() => void>();

if (typeof window !== 'undefined') {
  for (const type of INPUT_EVENTS) window.addEventListener(type, () => { lastInput = Date.now(); }, { capture: true, passive: true });
}

/** True when nobody has touched the screen for a few seconds: the request about to go is background. */
export function isBackground(): boolean {
  return Date.now() - lastInput > INPUT_WINDOW_MS;
}

/** A request the person made reached the server: the idle time starts again from now. */
export function markActive(): void {
  lastActive = Date.now();
  listeners.forEach((l) => l());
}

export function lastActiveAt(): number {
  return lastActive;
}

/** Called whenever the person's idle time starts again. */
export function onActive(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
