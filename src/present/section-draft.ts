/** A section as a part builder returns it; the assembler adds key, part, heading and priority. */
import type { Block } from './model.js';
import type { SectionId } from './sections.js';

export interface SectionDraft {
  id: SectionId;
  blocks: Block[];
  /** A heading with values in it ("Who holds port 22?"); otherwise the registry's heading key. */
  heading?: string;
}
