import { checkContent, type CheckedEntry } from '../../src/content-check';
import { readContentFiles } from '../../src/integrations/read-content';
import { projectRoot } from './build-site';

/** The example content as the tests' source of expectations (read from the files, not from the site). */
export function exampleEntries(): CheckedEntry[] {
  return checkContent(readContentFiles(projectRoot)).entries;
}

export const entriesOf = (collection: CheckedEntry['collection']) => exampleEntries().filter((e) => e.collection === collection);
