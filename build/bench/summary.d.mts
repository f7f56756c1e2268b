import type { BenchFigure, HeapReading } from './figure';

/** Cores and load, with a warning when the machine is busier than its cores. */
export function machineLine(): string;
export function printFigure(figure: BenchFigure): void;
export function printHeap(heap: HeapReading): void;
export function printSummary(figures: readonly BenchFigure[]): void;
export function ratioOf(figure: BenchFigure): number;
export function verdictOf(figure: BenchFigure): 'OK' | 'MISSED';
