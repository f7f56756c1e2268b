import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../../shared/domain/clock';
import type { DeskApi } from '../../shared/ipc';
import type { DeskDatabase } from '../db/database';

/** What every screen reaches: the counter's database, the clock, the desktop API. */
export interface DeskServices {
  readonly db: DeskDatabase;
  readonly clock: Clock;
  readonly desk: DeskApi;
}

const ServicesContext = createContext<DeskServices | null>(null);

export function ServicesProvider({ services, children }: { services: DeskServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): DeskServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
