/**
 * The text summary of a chart, generated from the rows it shows: what it plots, over what range, its highest and
 * lowest values and where data is missing. It is the chart for readers who cannot see it, and for search.
 * Every number and date is formatted for the page's language; sentence templates live in src/i18n.
 */
import { extent } from 'd3-array';
import { listFormatter, t } from '../i18n/index.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import {
  columnLabel,
  formatDateList,
  formatDateRange,
  formatList,
  isYearColumn,
  labelWithUnit,
  valueFormatter,
  type Value,
} from './format.ts';
import { barLabel, barValues } from './bar.ts';
import { groupedValues, places } from './grouped-bar.ts';
import { qualifiedFigure, qualifierOfRow, sharedFigure, totalQualifier } from './qualified.ts';
import { unmapped } from './map.ts';
import { pluralKey } from '../lib/plural.ts';
import { curlyApostrophes } from '../lib/typography.ts';
import { distinct } from './palette.ts';
import { singlePoint } from './single-point.ts';
import { stacks, totalValues } from './stacked-bar.ts';
import { eventsInOrder } from './timeline.ts';
import type { Column, Row } from './types.ts';

export interface SummaryInput {
  spec: ChartSpec;
  /** The rows the chart shows (see rows.ts). */
  rows: Row[];
  /** The rows the filter kept, before `top` cut them, for "the 10 highest of 42". */
  filtered: Row[];
  columns: Record<string, Column>;
  lang: string;
  /** The column of each row's qualifier of its `y` value, in `lang` (KindOptions's `qualifier`). */
  qualifier?: string;
}

/**
 * Whether `word` is written capitalised mid-sentence somewhere in `texts`: after another word, not at the start of a
 * text or of a sentence. Such a word is a name ("Red notices Interpol issued that year"), whatever case a label that
 * starts with it seems to be in.
 */
function writtenAsName(word: string, texts: string[]): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return texts.some((text) =>
    [...text.normalize('NFC').matchAll(found)].some((match) => {
      const before = text.normalize('NFC').slice(0, match.index).trimEnd();
      return before !== '' && !/[.!?…:]["'’”»)]*$/u.test(before);
    }),
  );
}

/**
 * "Red notices" -> "red notices", "Año" -> "año", "Évolution" -> "évolution", but "CCF requests", "McDonald's" and
 * "Al-Qaeda" stay: lower-case only a capital that starts a word with no other capital in it, in any alphabet, as the
 * page's language `lang` lower-cases it (Intl's locale rules: Turkish "İ" is "i"). A capital with no one lower-case
 * letter in that language (İ in English would become "i" and a combining dot) is left as written. So is a name that
 * looks like sentence case: "Interpol notices" stays when the label itself, or one of the `context` texts (the
 * column's description), writes "Interpol" capitalised mid-sentence; the label alone cannot tell "Interpol" from "Red".
 */
export function inSentence(written: string, lang: string, context: string[] = []): string {
  // Composed first: "E" followed by a combining accent is the one letter É.
  const text = written.normalize('NFC');
  const word = /^(\p{Lu})([\p{L}\p{M}'’-]*)/u.exec(text);
  if (!word || !/\p{Ll}/u.test(word[2]!) || /\p{Lu}/u.test(word[2]!)) return written;
  // "Interpol's share" is a name as "Interpol" is: the word is compared without its possessive or hyphenated part.
  if (writtenAsName(word[0].split(/['’-]/)[0]!, [text, ...context])) return written;
  const lower = word[1]!.toLocaleLowerCase(lang).normalize('NFC');
  return [...lower].length === 1 ? lower + text.slice(word[1]!.length) : written;
}

/**
 * A text value as a sentence lists it ("One series for each measure: all valid red notices and public red notices"):
 * its first word lower-cased, as inSentence does, only where one of the `context` texts (the column's description,
 * its other values) writes that word in lower case, so that a name stays one ("Russia", "Article 3"): a value, unlike
 * a label, is more often a name than not.
 */
export function valueInSentence(written: string, lang: string, context: string[]): string {
  const lower = inSentence(written, lang);
  if (lower === written) return written;
  const word = /^[\p{L}\p{M}]+/u.exec(lower.normalize('NFC'))?.[0];
  if (!word) return written;
  const found = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
  return context.some((text) => found.test(text.normalize('NFC'))) ? lower : written;
}

/** The texts that say how a column's label is written mid-sentence: its description. */
export function labelContext(name: string | undefined, columns: Record<string, Column>): string[] {
  const description = name ? columns[name]?.description : undefined;
  return description ? [description] : [];
}

/**
 * Values of the `series` column as a sentence names them, wherever it does ("One series for each measure: all valid
 * red notices and public red notices", "Highest: 58,000 in March 2019 (all valid red notices)"): a text value
 * lower-cased as valueInSentence does it, where the column's description or another of its values in `rows` writes
 * its first word in lower case; names ("Interpol", "CCF requests", a country) as written. Values of a column of
 * references (countries) are names, as written.
 */
export function seriesInSentence(
  series: string,
  rows: Row[],
  columns: Record<string, Column>,
  lang: string,
): (value: Value) => string {
  const format = valueFormatter(series, columns[series], lang);
  if (columns[series]?.type !== 'string' || columns[series]?.ref) return format;
  const names = distinct(rows, series).map((v) => format(rows.find((r) => String(r[series]) === v)![series]!));
  const context = [...labelContext(series, columns), ...names];
  return (value) => valueInSentence(format(value), lang, context);
}

/**
 * "{at} ({series})" in `lang`, the series' own brackets made square inside the sentence's, as both languages nest
 * them: "26 in 2017 (Article 2 [human rights])", not "(Article 2 (human rights))".
 */
function seriesPlaced(lang: string, at: string, series: string): string {
  return t(lang)('chart.summary.inSeries', { at, series: series.replace(/\(/g, '[').replace(/\)/g, ']') });
}

type Extreme = { value: number; rows: Row[] };

/** The highest and lowest values of `y`, each with every row that has it (a tie is not the first row's alone). */
function extremes(rows: Row[], y: string): { high?: Extreme; low?: Extreme } {
  const valued = rows.filter((row) => typeof row[y] === 'number');
  if (valued.length === 0) return {};
  const [min, max] = extent(valued, (row) => row[y] as number) as [number, number];
  return {
    high: { value: max, rows: valued.filter((row) => row[y] === max) },
    low: { value: min, rows: valued.filter((row) => row[y] === min) },
  };
}

/**
 * The key of a sentence that places values `at` (chart.summary.highestAt, …) with the preposition their dates take:
 * its "On" variant ("on 3 May 2009", « le 3 mai 2009 ») when every one is a day of a date column; "in 3 May 2009"
 * was not English, nor « en 3 mai 2009 » French. Years and months keep "in".
 */
export function placedKey<Key extends string>(key: Key, column: Column | undefined, at: unknown[]): Key | `${Key}On` {
  const day = (value: unknown) => typeof value === 'string' && value.split('-').length === 3;
  return column?.type === 'date' && at.length > 0 && at.every(day) ? `${key}On` : key;
}

/**
 * The key of a sentence that places values `at` on the x column `name`: placedKey's, or, on a number that is not a
 * year, its "Where" variant, which names the column ("Highest: 40 where distance (km) is 12.5", « Maximum : 40 pour
 * distance (km) = 12,5 »): "in 12.5" and « en 12,5 » read as a year. Years keep "in 2009".
 */
export function placedAt<Key extends string>(
  key: Key,
  name: string,
  column: Column | undefined,
  at: unknown[],
): Key | `${Key}On` | `${Key}Where` {
  return placedByNumber(name, column) ? `${key}Where` : placedKey(key, column, at);
}

/**
 * The key `placed` (placedKey's or placedAt's for `key`) of a list of `count` places: before several days its
 * "OnDays" variant, for French says « les 3 et 4 mai 2009 » where it says « le 3 mai 2009 » of one; English "on"
 * either way.
 */
function listedKey<Key extends ListedKey, Placed extends string>(
  key: Key,
  placed: Placed,
  count: number,
): Placed | `${Key}OnDays` {
  return placed === `${key}On` && count > 1 ? `${key}OnDays` : placed;
}
type ListedKey =
  | 'chart.summary.highestAt'
  | 'chart.summary.lowestAt'
  | 'chart.summary.equalAt'
  | 'chart.summary.highestTotalAt'
  | 'chart.summary.lowestTotalAt'
  | 'chart.summary.equalTotalAt'
  | 'chart.summary.gaps'
  | 'chart.summary.partialTotals';

/** Whether values of the x column `name` are numbers that are not years: a distance, an age, a share. */
function placedByNumber(name: string, column: Column | undefined): boolean {
  const type = (column?.written ?? column)?.type;
  return (type === 'number' || type === 'integer') && !isYearColumn(name, column);
}

/**
 * What a chart plots, as the table's header says it: the label, with the unit when the label does not name it ("red
 * notices and diffusions (alerts)"). A unit the rows shown share in their own unit column (row-unit.ts) is what is
 * plotted, alone: "Bar chart of deletions or cancellations by period", not "of count (deletions or cancellations)",
 * whose label is written for rows that count different things.
 */
export function plotted(y: string, columns: Record<string, Column>, lang: string): string {
  const column = columns[y];
  if (column?.rowUnit && column.unit) return inSentence(column.unit, lang);
  return inSentence(labelWithUnit(y, columns), lang, labelContext(y, columns));
}

/** Whether values of `column` are placed on it with a preposition ("in 2024", "on 3 May 2009"), not named ("for Russia"). */
function placeable(column: Column | undefined): boolean {
  return column !== undefined && column.type !== 'string' && column.type !== 'boolean';
}

/** The x column as a sentence names a value of it: its label with its unit, in sentence case ("distance (km)"). */
function xAsNamed(x: string, columns: Record<string, Column>, lang: string): string {
  return inSentence(labelWithUnit(x, columns), lang, labelContext(x, columns));
}

/**
 * The ends of a span of `x` values, each with the preposition its date takes (placedKey): « du 3 au 20 mai 2009 »,
 * « de 2021 au 28 janvier 2026 »; « de 3 mai 2009 à 20 mai 2009 » was not French. English takes "to" alone. Days
 * or months of a date column say the month and year they share once (formatDateRange): "3 May to 4 June 2009", not
 * "3 May 2009 to 4 June 2009"; a span whose ends the language says only together is Intl's range, whole (`range`:
 * American English "May 3 – 20, 2009", not "May 3 to 20, 2009").
 */
function span(
  say: ReturnType<typeof t>,
  column: Column | undefined,
  from: Value,
  to: Value,
  format: (value: Value) => string,
  lang: string,
): { from: string; to: string; range?: undefined } | { range: string } {
  const shared =
    column?.type === 'date' && typeof from === 'string' && typeof to === 'string'
      ? formatDateRange(from, to, lang)
      : undefined;
  if (typeof shared === 'string') return { range: shared };
  const [start, end] = shared ?? [format(from), format(to)];
  return {
    from: say(placedKey('chart.summary.spanFrom', column, [from]), { date: start }),
    to: say(placedKey('chart.summary.spanTo', column, [to]), { date: end }),
  };
}

/** How many names a summary lists before "and 5 more": a sentence, not a table. */
const listedAtMost = 5;

/** "A, B and C"; beyond `listedAtMost`, the first ones and how many more ("A, B, C, D, E and 5 more"). */
export function cappedList(items: string[], lang: string): string {
  if (items.length <= listedAtMost + 1) return formatList(items, lang);
  const more = items.length - listedAtMost;
  return formatList(
    [...items.slice(0, listedAtMost), t(lang)(pluralKey('chart.summary.more', more, lang), { count: more })],
    lang,
  );
}

/**
 * The labels of the bars of `values`, each once, with how many bars it names when it names several: "Cote d’Ivoire
 * (2 bars)". A bar chart draws a bar for each value of its x (as a string, bar.ts and stacked-bar.ts), and two the
 * author wrote apart ("Cote d'Ivoire" and "Cote d’Ivoire") read alike once formatted: the chart shows two bars under
 * one label, which the summary said as one name. Rows of the one value are one bar (validate.ts allows no second).
 */
function barLabels(values: Value[], format: (value: Value) => string, lang: string): string[] {
  const bars = [...new Map(values.map((value) => [String(value), value])).values()];
  return [...Map.groupBy(bars, format)].map(([label, same]) =>
    same.length > 1
      ? t(lang)(pluralKey('chart.summary.sameLabel', same.length, lang), { label, count: same.length })
      : label,
  );
}

/**
 * Values of the x column listed, each once (several rows at 2009 are "in 2009", not "in 2009 and 2009"), days and
 * months of a date column saying each month and year once ("3 and 4 May 2009", formatDateList), in date order: "3
 * May 2009 and 4 May 2009" repeated what a person writes once. `capped`: past `listedAtMost`, the first ones and how
 * many more, as cappedList.
 */
function listedValues(
  values: Value[],
  column: Column | undefined,
  format: (value: Value) => string,
  lang: string,
  capped = true,
  bars = false,
): string {
  const texts = bars ? barLabels(values, format, lang) : [...new Set(values.map(format))];
  const dates =
    column?.type === 'date' && values.every((value) => typeof value === 'string')
      ? [...new Set(values as string[])].sort()
      : [];
  const cut = capped && dates.length > listedAtMost + 1;
  const listed = formatDateList(cut ? dates.slice(0, listedAtMost) : dates, lang);
  if (listed === undefined) return capped ? cappedList(texts, lang) : formatList(texts, lang);
  const more = dates.length - listedAtMost;
  return cut
    ? formatList([listed, t(lang)(pluralKey('chart.summary.more', more, lang), { count: more })], lang)
    : listed;
}

/**
 * How the summary writes the values of `y`: as the chart's labels write them, with the decimals the bars' labels
 * share (bar.ts, grouped-bar.ts), so "Highest: 2.0" is the "2.0" at the bar's end, not "2"; kinds that write no
 * values side by side, each value alone (valueFormatter).
 */
function figures(input: SummaryInput): (value: Value) => string {
  const { spec, rows, columns, lang } = input;
  const y = spec.y ?? '';
  if (spec.type === 'bar') return barValues(rows, y, columns, lang);
  if (spec.type === 'grouped-bar' && spec.x && spec.series)
    return groupedValues(rows, spec.x, y, spec.series, columns, lang);
  return valueFormatter(y, columns[y], lang);
}

/**
 * "Highest: … Lowest: … No data for …" sentences for a chart's `y` along `x` (and `series`, when given). `atOneX`:
 * the sentence before them said the one x every row falls on ("Line chart of notices in 2009"), which the values and
 * gaps of several series do not say again: they name the series alone ("Highest: 5 for B. No data for D."); without
 * series, the values alone ("Highest: 9. Lowest: 2."), and the rows without one are counted ("1 more has no data"):
 * "Highest: 9 in 2009 and 2009" placed them again at the x just given.
 */
export function extremesAndGaps(input: SummaryInput, ordered: boolean, atOneX = false): string[] {
  const { spec, rows, columns, lang } = input;
  const say = t(lang);
  const { x = '', y = '', series } = spec;
  const fx = valueFormatter(x, columns[x], lang);
  const fy = figures(input);
  // Series named mid-sentence, in brackets or after "for", as the sentence that lists them names them.
  const fs = series ? seriesInSentence(series, rows, columns, lang) : valueFormatter(series, undefined, lang);
  const xName = xAsNamed(x, columns, lang);
  const inSeries = (parts: { at: string; series: string }) => seriesPlaced(lang, parts.at, parts.series);
  // Series at the one x the first sentence gave are named alone, as bars are: "Highest: 5 for B", not "5 in 2009 (B)".
  const bySeries = atOneX && series !== undefined;
  const alone = atOneX && series === undefined;
  const placing = ordered && !bySeries;
  // Rows listed: their x values, days and months saying each month and year once (listedValues); of several series,
  // each series (a panel of small multiples) once after its x values, and series of the same x values together:
  // "5 on 3 and 4 May 2009 (Russia)", "2 on 3 May 2009 (El Salvador and Guatemala)", not "3 May 2009 (Russia) and 4
  // May 2009 (Russia)". Series alone at the one x the first sentence gave.
  const listed = (list: Row[], capped = true) => {
    const join = capped ? cappedList : formatList;
    if (!series)
      return listedValues(
        list.map((row) => row[x]),
        columns[x],
        fx,
        lang,
        capped,
        spec.type === 'bar',
      );
    if (bySeries)
      return join(
        list.map((row) => fs(row[series]!)),
        lang,
      );
    const perSeries = [...Map.groupBy(list, (row) => String(row[series])).values()].map((group) => ({
      at: listedValues(
        group.map((row) => row[x]),
        columns[x],
        fx,
        lang,
        capped,
      ),
      series: fs(group[0]![series]!),
    }));
    const sameAt = [...Map.groupBy(perSeries, (group) => group.at)];
    return join(
      sameAt.map(([at, groups]) =>
        inSeries({
          at,
          series: formatList(
            groups.map((group) => group.series),
            lang,
          ),
        }),
      ),
      lang,
    );
  };
  // How many places a list names, for the French "les" before several days: each x once, whatever its series.
  const count = (list: Row[]) => new Set(list.map((row) => row[x])).size;
  const sentences: string[] = [];
  if (columns[y]?.type === 'number' || columns[y]?.type === 'integer') {
    const { high, low } = extremes(rows, y);
    // A value is said with its rows' qualifier: "Highest: about 86,000 in January 2026", never more than the data.
    const figure = (extreme: Extreme) =>
      sharedFigure(
        fy(extreme.value),
        extreme.rows.map((row) => qualifierOfRow(row, input.qualifier)),
        lang,
      );
    // Every row tied for the highest (the lowest) is named: the first in the dataset's order is not the data's choice.
    const all = (extreme: Extreme) => listed(extreme.rows);
    const placed = <Key extends ListedKey>(key: Key, extreme: Extreme, places = count(extreme.rows)) =>
      listedKey(
        key,
        placedAt(
          key,
          x,
          columns[x],
          extreme.rows.map((row) => row[x]),
        ),
        places,
      );
    // One value is the only one, not the highest with nothing to be higher than (as single-point.ts says it); values
    // all the same are equal, not "Highest" with no lower one, which read as if the others were below it.
    if (high && low?.value === high.value && series && high.rows.length > 1) {
      // Equal values of several series name each x once, with its series: "5 in 2009 and 2010 (A and B)", not
      // "5 in 2009 (A), 2009 (B), 2010 (A), and 2010 (B)"; at the one x the chart's first sentence gave, the series
      // alone ("Line chart of notices in 2009. … Equal values: A and B, 5.").
      const names = (list: Row[]) =>
        cappedList(
          list.map((row) => fs(row[series]!)),
          lang,
        );
      if (atOneX) sentences.push(say('chart.summary.equalFor', { value: figure(high), at: names(high.rows) }));
      else {
        const groups = [...Map.groupBy(high.rows, (row) => fx(row[x]!)).values()];
        const same = groups.every((group) => names(group) === names(groups[0]!));
        const grouped = same
          ? inSeries({
              at: listedValues(
                groups.map((group) => group[0]![x]),
                columns[x],
                fx,
                lang,
              ),
              series: names(groups[0]!),
            })
          : cappedList(
              groups.map((group) => inSeries({ at: fx(group[0]![x]!), series: names(group) })),
              lang,
            );
        sentences.push(
          say(ordered ? placed('chart.summary.equalAt', high, groups.length) : 'chart.summary.equalFor', {
            value: figure(high),
            at: grouped,
            x: xName,
          }),
        );
      }
    } else if (high && alone) {
      sentences.push(
        say(
          low?.value !== high.value
            ? 'chart.summary.highestValue'
            : high.rows.length === 1
              ? 'chart.summary.onlyValue'
              : 'chart.summary.equalValue',
          { value: figure(high) },
        ),
      );
    } else if (high && low?.value === high.value && high.rows.length === 1) {
      sentences.push(
        say(placing ? placedAt('chart.summary.onlyAt', x, columns[x], [high.rows[0]![x]]) : 'chart.summary.onlyFor', {
          value: figure(high),
          at: all(high),
          x: xName,
        }),
      );
    } else if (high && low?.value === high.value) {
      sentences.push(
        say(placing ? placed('chart.summary.equalAt', high) : 'chart.summary.equalFor', {
          value: figure(high),
          at: all(high),
          x: xName,
        }),
      );
    } else if (high)
      sentences.push(
        say(placing ? placed('chart.summary.highestAt', high) : 'chart.summary.highestFor', {
          value: figure(high),
          at: all(high),
          x: xName,
        }),
      );
    if (low && low.value !== high?.value)
      sentences.push(
        say(
          alone
            ? 'chart.summary.lowestValue'
            : placing
              ? placed('chart.summary.lowestAt', low)
              : 'chart.summary.lowestFor',
          { value: figure(low), at: all(low), x: xName },
        ),
      );
  }
  const gapRows = rows.filter((row) => row[y] === null && row[x] !== null);
  // A day or a month is "for" as a year is ("No data for 3 May 2009", « pour le 3 mai 2009 », « pour les 3 et 4 mai
  // 2009 »): only a number names its column. Names (countries, categories, series) are listed after a colon in
  // French, which would otherwise need each one's article (« pour la France », « pour le Pérou »).
  const gaps = !placing
    ? 'chart.summary.gapsFor'
    : placedByNumber(x, columns[x])
      ? 'chart.summary.gapsWhere'
      : listedKey(
          'chart.summary.gaps',
          placedKey(
            'chart.summary.gaps',
            columns[x],
            gapRows.map((row) => row[x]),
          ),
          count(gapRows),
        );
  const valued = rows.some((row) => typeof row[y] === 'number');
  if (alone && valued && gapRows.length)
    sentences.push(say(pluralKey('chart.summary.empty', gapRows.length, lang), { empty: gapRows.length }));
  // No value at all: the one x without data, said once.
  else if (gapRows.length)
    sentences.push(say(gaps, { list: listed(alone ? gapRows.slice(0, 1) : gapRows, false), x: xName }));
  return sentences;
}

/**
 * What `top` left out: "The 3 highest of 5 are shown" counts only rows with a value (an empty one is not among the
 * highest, nor lower than them). Rows kept for a tie with the last of the N (rows.ts) are said next ("2 more, tied
 * with the last of them, are shown too"), so the N written on the chart is the N read; then the rows left out for
 * having no value ("1 more has no data"). Each count is said in a sentence of its own, in its own plural form:
 * Polish says "5 najwyższych", but "2 wiersze". Nothing when every row the filter kept is shown.
 */
export function cutByTop(input: Pick<SummaryInput, 'spec' | 'rows' | 'filtered' | 'lang'>): string[] {
  const { spec, rows, filtered, lang } = input;
  if (rows.length >= filtered.length) return [];
  const say = t(lang);
  const y = spec.y ?? '';
  const valued = (list: Row[]) => list.filter((row) => typeof row[y] === 'number').length;
  const [shown, total] = [valued(rows), valued(filtered)];
  const tied = spec.top !== undefined && shown > spec.top ? shown - spec.top : 0;
  const count = shown - tied;
  const empty = filtered.length - total - (rows.length - shown);
  const sentences: string[] = [];
  if (shown < total) {
    // The top one is "the highest", said in the singular ("the 1 highest are shown" is no sentence).
    sentences.push(
      count === 1
        ? say('chart.summary.topFirst', { total })
        : say(pluralKey('chart.summary.top', count, lang), { count, total }),
    );
    if (tied > 0) sentences.push(say(pluralKey('chart.summary.tied', tied, lang), { tied }));
  }
  if (empty > 0) sentences.push(say(pluralKey('chart.summary.empty', empty, lang), { empty }));
  return sentences;
}

/**
 * What a chart's `filter` keeps, as a sentence: "Only the data for May 2023 is shown." (« Données représentées : mai
 * 2023 seulement. »), each value as the page writes it (a row the filter kept gives it translated), a number that is
 * not a year or a yes or no with its column ("where age is 30"). A filter is the chart's subject as much as its
 * title is, which a subtitle alone said. Nothing for a value `said` already says ("Bar chart of deletions or
 * cancellations by period", « par nationalité »), nor for the value of the unit the rows share (row-unit.ts), which
 * says what the filter kept.
 */
export function filteredTo(input: SummaryInput, said: string): string | undefined {
  const { spec, rows, filtered, columns, lang } = input;
  const say = t(lang);
  const unit = spec.y ? columns[spec.y] : undefined;
  const rowUnit = unit?.rowUnit ? (unit.written ?? unit).unit?.toLowerCase() : undefined;
  const items = Object.entries(spec.filter ?? {}).flatMap(([name, value]) => {
    const column = columns[name];
    const named = placedByNumber(name, column) || column?.type === 'boolean';
    // As the page writes it: the rows the filter kept are translated (figure.ts). A list of values is said as the
    // kept rows hold them, in their order: "for Alpha and Bravo", "where year is 2021 or 2022".
    const shown = Array.isArray(value)
      ? [...new Set(filtered.map((row) => row[name]).filter((v) => v !== null && v !== undefined))]
      : [[...rows, ...filtered].find((row) => row[name] !== null && row[name] !== undefined)?.[name] ?? value];
    const texts = shown.map((one) => valueFormatter(name, column, lang)(one)).filter((text) => text !== '');
    const text = named ? listFormatter(lang, { type: 'disjunction' }).format(texts) : formatList(texts, lang);
    if (text === '' || (typeof value === 'string' && value.toLowerCase() === rowUnit)) return [];
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(said)) return [];
    return [
      named
        ? say('chart.summary.filterWhere', { x: xAsNamed(name, columns, lang), value: text })
        : say('chart.summary.filterFor', { value: text }),
    ];
  });
  return items.length ? say('chart.summary.filtered', { list: formatList(items, lang) }) : undefined;
}

/** The summary of a built-in chart kind. */
export function summarize(input: SummaryInput): string {
  const { spec, rows, columns, lang } = input;
  // Categories placed by a number are drawn down a dot chart's y axis whichever axis the editor named them for
  // (dot.ts), and read as the number by category: "country per notices, 10 to 30" said no value at all.
  const category = (name: string | undefined) =>
    name !== undefined && (columns[name]?.type === 'string' || columns[name]?.type === 'boolean');
  const number = (name: string | undefined) =>
    name !== undefined && (columns[name]?.type === 'number' || columns[name]?.type === 'integer');
  if (spec.type === 'dot' && category(spec.y) && number(spec.x))
    return summarize({ ...input, spec: { ...spec, x: spec.y, y: spec.x } });
  const say = t(lang);
  const kind = say(spec.type ? `chart.kind.${spec.type}` : 'chart.kind.custom');
  const { x = '', y = '', series } = spec;
  const fx = valueFormatter(x, columns[x], lang);
  const fy = valueFormatter(y, columns[y], lang);
  const what = plotted(y, columns, lang);
  const xName = inSentence(columnLabel(x, columns), lang, labelContext(x, columns));
  const sentences: string[] = [];
  // "One series for each measure: all valid red notices and public red notices", as a sentence says it: the label
  // in sentence case, and text values lower-cased where the dataset writes them so (valueInSentence), not "Measure: All
  // valid red notices and Public red notices".
  const seriesList = () => {
    if (!series) return;
    const fs = seriesInSentence(series, rows, columns, lang);
    sentences.push(
      say('chart.summary.series', {
        series: inSentence(columnLabel(series, columns), lang, labelContext(series, columns)),
        list: formatList(
          distinct(rows, series).map((v) => fs(rows.find((r) => String(r[series]) === v)![series]!)),
          lang,
        ),
      }),
    );
  };

  switch (spec.type) {
    case 'line':
    case 'area':
    case 'dot': {
      const ordered = columns[x]?.type !== 'string' && columns[x]?.type !== 'boolean';
      const xs = rows.map((row) => row[x]).filter((v): v is string | number => v !== null);
      const sorted = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      // One value on a line, an area or a dot chart (single-point.ts): its value and where it is, not a range from
      // 2009 to 2009 and a highest value with nothing to be higher than.
      const point = !series && xs.length === 1 ? singlePoint(rows, y, (row) => row[x] ?? null) : undefined;
      if (ordered && point) {
        sentences.push(
          say(placedAt('chart.summary.single', x, columns[x], [point[x]]), {
            kind,
            what,
            value: qualifiedFigure(fy(point[y]!), point, input.qualifier),
            at: fx(point[x]!),
            x: xAsNamed(x, columns, lang),
          }),
        );
        break;
      }
      // Rows that all fall on one x (a year of several series) are at it, not over a range from 2009 to 2009.
      if (ordered && sorted.length && fx(sorted[0]!) === fx(sorted.at(-1)!)) {
        sentences.push(
          say(placedAt('chart.summary.overOne', x, columns[x], [sorted[0]]), {
            kind,
            what,
            at: fx(sorted[0]!),
            x: xAsNamed(x, columns, lang),
          }),
        );
      } else if (ordered && sorted.length) {
        const ends = span(say, columns[x], sorted[0]!, sorted.at(-1)!, fx, lang);
        sentences.push(
          ends.range !== undefined
            ? say('chart.summary.overRange', { kind, what, x: xName, range: ends.range })
            : say('chart.summary.over', { kind, what, x: xName, from: ends.from, to: ends.to }),
        );
      } else {
        sentences.push(say('chart.summary.by', { kind, what, x: xName }));
      }
      seriesList();
      // Areas of several series overlap (area.ts): said, for a reader of stacked areas would read a total.
      if (spec.type === 'area' && series && distinct(rows, series).length > 1)
        sentences.push(say('chart.summary.overlapping'));
      sentences.push(
        ...extremesAndGaps(input, ordered, ordered && sorted.length > 0 && fx(sorted[0]!) === fx(sorted.at(-1)!)),
      );
      break;
    }
    case 'bar':
    case 'grouped-bar': {
      sentences.push(say('chart.summary.by', { kind, what, x: xName }));
      seriesList();
      // The numbers the bars are drawn with (bar.ts), in the bars' order: "Bars numbered by rank: 1. Russia, 2. Peru,
      // 3. Tajikistan and 25. Kyrgyzstan", which say the ranks a ranking leaves out.
      if (spec.type === 'bar' && spec.rank && columns[spec.rank]) {
        const label = barLabel(x, spec.rank, columns, lang);
        sentences.push(
          say('chart.summary.ranked', {
            column: inSentence(columnLabel(spec.rank, columns), lang, labelContext(spec.rank, columns)),
            list: cappedList(rows.map(label), lang),
          }),
        );
      }
      sentences.push(...cutByTop(input));
      // Bars of years, dates or numbers place their values as a line does ("Highest: 2,462 in 2024"); bars of names
      // give them after the value ("Highest: 4,817 for Russia").
      sentences.push(...extremesAndGaps(input, placeable(columns[x])));
      if (spec.type === 'grouped-bar' && series) {
        // Bars the dataset has no row for are labelled "not in the data" (grouped-bar.ts), and named here, each series
        // once with its categories, in the order of the series: "Not in the data for October 2022: Guatemala,
        // Bolivia, and Paraguay; for May 2023: Chile", not "Guatemala (October 2022), Bolivia (October 2022), …".
        const fs = seriesInSentence(series, rows, columns, lang);
        const raw = (column: string, key: string) => rows.find((r) => String(r[column]) === key)![column]!;
        const absent = Map.groupBy(
          places(rows, x, y, series).filter((place) => !place.row),
          (place) => place.member,
        );
        const clauses = distinct(rows, series).flatMap((member) => {
          const missing = absent.get(member);
          if (!missing) return [];
          const at = raw(series, member);
          // « pour le 3 mai 2009 » before a day, as gaps say it (placedKey).
          return [
            say(placedKey('chart.summary.absentIn', columns[series], [at]), {
              series: fs(at),
              list: formatList(
                missing.map((place) => fx(raw(x, place.group))),
                lang,
              ),
            }),
          ];
        });
        if (clauses.length)
          sentences.push(
            say('chart.summary.absent', {
              list: clauses.reduce((first, next) => say('chart.summary.clauses', { first, next })),
            }),
          );
      }
      break;
    }
    case 'stacked-bar': {
      sentences.push(say('chart.summary.by', { kind, what, x: xName }));
      seriesList();
      // A partial stack's sum is not a total: only complete stacks are compared, and the partial ones are named.
      const sums = stacks(rows, x, y, series ?? '').map((stack) => ({
        ...stack,
        value: rows.find((r) => String(r[x]) === stack.key)![x],
        qualifier: totalQualifier(
          rows.filter((row) => String(row[x]) === stack.key),
          input.qualifier,
        ),
      }));
      const known = sums.filter((s): s is (typeof sums)[number] & { sum: number } => s.sum !== null && !s.partial);
      // Totals as the bars' ends write them, partial ones included: "2.0", not "2", beside "1.5".
      const fsum = totalValues(sums, y, columns, lang);
      // Stacks listed as the other charts list their x values (listedValues): days and months saying each month and
      // year once ("3 and 4 May 2009"), not "3 May 2009 and 4 May 2009".
      const listed = (list: typeof sums, capped = true) =>
        listedValues(
          list.map((stack) => stack.value),
          columns[x],
          fx,
          lang,
          capped,
          true,
        );
      // Before days, French says « pour le 4 mai 2009 », « pour les 2 et 3 juin 2009 » (listedKey).
      const placed = <Key extends 'chart.summary.gaps' | 'chart.summary.partialTotals'>(key: Key, list: typeof sums) =>
        listedKey(
          key,
          placedKey(
            key,
            columns[x],
            list.map((stack) => stack.value),
          ),
          list.length,
        );
      // Every stack tied for the largest (the smallest) total is named, as a bar chart's extremes are (extremesAndGaps).
      if (known.length) {
        const [min, max] = extent(known, (stack) => stack.sum) as [number, number];
        // A total of qualified parts is qualified ("about 150"), as its label is (stacked-bar.ts).
        const total = (value: number) =>
          sharedFigure(
            fsum(value),
            known.filter((stack) => stack.sum === value).map((stack) => stack.qualifier),
            lang,
          );
        // Placed as the values of a bar chart are (extremesAndGaps): "Largest total: 2,462 in 2024", "… for Russia".
        const xs = (value: number) => known.filter((stack) => stack.sum === value).map((stack) => stack.value);
        const named = !placeable(columns[x]);
        const sentence = (value: number, extreme: 'highest' | 'lowest' | 'only' | 'equal') => {
          const at = xs(value);
          const key =
            extreme === 'only'
              ? named
                ? 'chart.summary.onlyTotal'
                : placedAt('chart.summary.onlyTotalAt', x, columns[x], at)
              : named
                ? (`chart.summary.${extreme}Total` as const)
                : listedKey(
                    `chart.summary.${extreme}TotalAt` as const,
                    placedAt(`chart.summary.${extreme}TotalAt` as const, x, columns[x], at),
                    new Set(at).size,
                  );
          return say(key, {
            at: listed(known.filter((stack) => stack.sum === value)),
            value: total(value),
            x: xAsNamed(x, columns, lang),
          });
        };
        sentences.push(sentence(max, known.length === 1 ? 'only' : min === max ? 'equal' : 'highest'));
        if (min !== max) sentences.push(sentence(min, 'lowest'));
      }
      const partial = sums.filter((s) => s.partial);
      if (partial.length)
        sentences.push(say(placed('chart.summary.partialTotals', partial), { list: listed(partial, false) }));
      const missing = sums.filter((s) => s.sum === null);
      if (missing.length) sentences.push(say(placed('chart.summary.gaps', missing), { list: listed(missing, false) }));
      break;
    }
    case 'map': {
      // Only a row with a country code is a country on the map (validate.ts refuses a value without one).
      const mapped = rows.filter((row) => typeof row[x] === 'string' && row[x] !== '');
      const count = mapped.filter((row) => row[y] !== null && row[y] !== undefined).length;
      // What the rows are by, as the country column's label says (a nationality, a requesting country): the map's
      // shapes are countries either way.
      sentences.push(say(pluralKey('chart.summary.byMap', count, lang), { kind, what, x: xName, count }));
      sentences.push(...extremesAndGaps({ ...input, rows: mapped }, false));
      const small = unmapped(rows, x, y).map((code) => fx(code));
      if (small.length)
        sentences.push(say(pluralKey('chart.summary.unmapped', small.length, lang), { list: formatList(small, lang) }));
      // A map fitted to its countries shows part of the world: a reader who cannot see it is told which part.
      if (spec.zoom === 'data') sentences.push(say('chart.summary.zoomed'));
      break;
    }
    case 'timeline': {
      const label = spec.label ?? '';
      const events = eventsInOrder(rows, x, label);
      const first = events[0];
      const last = events.at(-1);
      if (!first || !last) break;
      // One event is said once, not as a span from its date to itself followed by "First:"; events on one date are
      // all in it.
      if (events.length === 1) {
        sentences.push(
          say('chart.summary.event', {
            kind,
            label: curlyApostrophes(String(first[label] as Value)),
            date: fx(first[x]!),
          }),
        );
        break;
      }
      const [from, to] = [fx(first[x]!), fx(last[x]!)];
      const ends = span(say, columns[x], first[x], last[x], fx, lang);
      sentences.push(
        from === to
          ? say(pluralKey(placedKey('chart.summary.eventsAt', columns[x], [first[x]]), events.length, lang), {
              kind,
              count: events.length,
              at: from,
            })
          : ends.range !== undefined
            ? say(pluralKey('chart.summary.eventsRange', events.length, lang), {
                kind,
                count: events.length,
                range: ends.range,
              })
            : say(pluralKey('chart.summary.events', events.length, lang), {
                kind,
                count: events.length,
                from: ends.from,
                to: ends.to,
              }),
      );
      sentences.push(
        say('chart.summary.first', { label: curlyApostrophes(String(first[label] as Value)), date: fx(first[x]!) }),
      );
      if (last !== first)
        sentences.push(
          say('chart.summary.last', { label: curlyApostrophes(String(last[label] as Value)), date: fx(last[x]!) }),
        );
      break;
    }
  }
  // What the filter kept, after what the chart plots.
  const filter = sentences.length ? filteredTo(input, sentences[0]!) : undefined;
  if (filter) sentences.splice(1, 0, filter);
  return sentences.join(' ');
}
