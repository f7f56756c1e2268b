import { useEffect } from 'react';
import { useSession } from './session';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** Locks the screen after `minutes` without keyboard or pointer activity. */
export function useIdleLock(minutes: number): void {
  const lock = useSession((s) => s.lock);
  const locked = useSession((s) => s.locked);
  useEffect(() => {
    if (locked) return undefined;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, reset);
    };
  }, [lock, locked, minutes]);
}
