/** What loadProject reads: the project, and each story or case file in it. */
import type { StoryData } from '../../schemas/story.ts';
import type { CaseData } from '../../schemas/case.ts';
import type { Column, DatasetWithId } from '../../schemas/dataset.ts';
import type { SourceWithId } from '../../schemas/source.ts';
import type { RowsFile } from '../rows-file.ts';

export interface Entry<T> {
  /** The id Astro gives the entry (its path below the collection folder, slugified, without extension). */
  id: string;
  /** The file, relative to the project root, for messages. */
  file: string;
  data: T;
  body: string;
  /** Lines before the body (the frontmatter block), to turn body lines into file lines. */
  bodyLine: number;
}

export interface Project {
  root: string;
  stories: Entry<StoryData>[];
  cases: Entry<CaseData>[];
  /** Each valid dataset, with its file and, for rows read from a CSV, that file and the line of each row. */
  datasets: Map<string, DatasetWithId & { file: string; rowsFile?: RowsFile }>;
  sources: Map<string, SourceWithId>;
  /** Ids of entries and datasets whose file exists but failed validation: already reported, not "unknown". */
  invalid: Set<string>;
  /**
   * The columns of each invalid dataset whose `columns` are valid (the problem is in its rows, say): a chart's or a
   * Fact's column names are still checked against them, so that one build reports both.
   */
  declaredColumns: Map<string, Record<string, Column>>;
  /** The rows (as written) and key of each dataset in declaredColumns, for the checks that read cells (source ids). */
  declaredRows: Map<string, { rows: unknown[]; key?: string; rowsFile?: RowsFile }>;
  /** The CSV files ("data/x.csv") datasets' `rows` name, read or not: the others in data/ are not read. */
  csvNamed: Set<string>;
  /**
   * The bodies of stories and case files whose frontmatter failed validation: their citations, facts and charts are
   * still checked, so that an editor sees every problem of the file at once rather than the body's after the
   * frontmatter is fixed.
   */
  unlisted: { file: string; body: string; bodyLine: number; frontmatter: Record<string, unknown> }[];
  /**
   * Each page's frontmatter as written (the text between its lines "---", from the file's line `firstLine`), so that a
   * check reporting a field can name its line (see fieldLine).
   */
  frontmatter: Map<string, { yaml: string; firstLine: number }>;
  /** Every story and case file read, valid or not ("content/stories/fr/x.mdx"): where they are is checked too. */
  pages: string[];
  /**
   * What the site and the checks leave out for its "_" name (src/lib/content-files.ts), from the project's root: each
   * topmost file or folder once ("content/stories/_drafts/"), so that an editor is told it is not published.
   */
  leftOut: string[];
}
