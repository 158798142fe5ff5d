import type { FeatureList } from '../input/feature';
import type { HallMode, ModeSource } from '../input/hallMode';

/** Features that run only in some modes: attached there, detached elsewhere. */
export type ModeTable = Readonly<Record<string, readonly HallMode[]>>;

/** Keeps the features of the table attached exactly in their modes, now and after every mode change. */
export function attachByMode(features: FeatureList, mode: ModeSource, table: ModeTable): () => void {
  const apply = (m: HallMode) => {
    for (const [name, modes] of Object.entries(table)) {
      if (modes.includes(m)) features.attach(name);
      else features.detach(name);
    }
  };
  apply(mode.current());
  return mode.onChange(apply);
}
