/** The machine line for benchmark tables: CPU count (nproc), CPU model, Node version. */
import { availableParallelism, cpus } from 'node:os';

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
}

export function readMachine(): Machine {
  return { nproc: availableParallelism(), cpu: cpus()[0]?.model.trim() ?? 'unknown', node: process.version };
}
