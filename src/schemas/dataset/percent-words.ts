/**
 * "%" and the words that say it, in English and French, as an editor writes them where the site wants the sign, which
 * only the unit "%" prints: as a column's or a row's unit (column.ts), after a figure typed as text
 * (figure-as-text.ts), after a <Fact> that prints its own "%" (src/lib/validate/components.ts), and as a <Fact>'s
 * format (src/lib/format-value.ts). One pattern, so that the four say the same: "pct." in a unit was told to write
 * "%", and after a figure read as a word for what it counts.
 */

/** Per cent in words, English or French, with a space, a no-break one or none inside: per cent, percent, pourcent. */
const perCent = String.raw`(?:per|pour)\s?cent`;

/** The sign, or its words after a figure: %, per cent, percent(s), pct., pour cent; not a longer word (percentile). */
const percentSign = String.raw`(?:%|pct\.?|${perCent}s?)(?!\p{L})`;

/**
 * A unit that says per cent: the sign with spaces around it, its words, or the noun (percentage, pourcentage), which
 * after a figure begins "percentage points", a change, and a unit of its own.
 */
export const percentUnit = new RegExp(String.raw`^\s*(?:${percentSign}|${perCent}ages?)\s*$`, 'iu');

/** A figure typed with per cent after it ("9.7%", "12 per cent"): the figure's text is group 1. */
export const figureWithPercent = new RegExp(String.raw`^\s*(.*?\d)\s*${percentSign}\s*$`, 'iu');

/** Per cent written just after something, a space at most between (a <Fact />'s figure): the words are group 1. */
export const percentAfter = new RegExp(String.raw`^\s?(${percentSign})`, 'iu');
