import { useEffect, useState } from 'react';
import type { Clock } from '../../shared/domain/clock';

/** The services clock's time, refreshed every `everyMs`, so "past closing" turns on by itself at closing time. */
export function useNow(clock: Clock, everyMs = 30_000): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(clock.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
