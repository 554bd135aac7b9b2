/** One shared Knowledge for core tests: building the names index once keeps the suite quick. */
import { createKnowledge, type Knowledge } from '../../src/index.js';

let shared: Knowledge | undefined;

export function testKnowledge(): Knowledge {
  shared ??= createKnowledge();
  return shared;
}
