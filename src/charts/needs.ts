/** What a chart kind needs of its columns: which option names a column, of which types, and whether it must. */
import type { ColumnType } from '../schemas/dataset.ts';

export interface Need {
  field: 'x' | 'y' | 'series' | 'rank' | 'label' | 'end';
  types: ColumnType[];
  required: boolean;
}

export const numeric: ColumnType[] = ['number', 'integer'];
export const ordered: ColumnType[] = ['number', 'integer', 'date'];
export const categorical: ColumnType[] = ['string', 'integer', 'date', 'boolean'];
