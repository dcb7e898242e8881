/**
 * Redoing an explanation from the figures it quotes, as a finance reviewer would: every
 * "... = figure" must land on the cents it states, and the sentence's last figure is what the row
 * pays. Shared by the engine's and the demo's explanation tests.
 */
// A figure as the sentences quote it: 1,234.5, -500, 12.5%, 6/12.
export const FIGURE = /-?\d+(?:,\d{3})*(?:\.\d+)?%?(?:\/\d+(?:,\d{3})*(?:\.\d+)?)?/g;
export const cents = (x: number) => Math.round(Math.round(x * 1e6) / 1e4);

function figure(token: string): number {
  const [top, bottom] = token.split("/");
  const value = (t: string) =>
    t.endsWith("%") ? Number(t.slice(0, -1).replace(/,/g, "")) / 100 : Number(t.replace(/,/g, ""));
  return bottom === undefined ? value(top) : value(top) / value(bottom);
}

/** What a reader sets aside: reasons in quotes, asides in brackets (the tier a rate came from...). */
const aside = (text: string) =>
  text
    .replace(/“[^”]*”/g, "")
    .replace(/\([^()]*\)/g, "")
    .replace(/（[^（）]*）/g, "");

/** One term of a sum: factors joined by x (×), each the last figure of its words. */
function term(text: string, sentence: string): number {
  return text.split(/ [x×] /).reduce((product, factor) => {
    const figures = factor.match(FIGURE);
    if (!figures) throw new Error(`no figure in '${factor}' of: ${sentence}`);
    return product * figure(figures[figures.length - 1]);
  }, 1);
}

/** The left side of an equation: terms joined by + and -, redone. */
function redo(expression: string, sentence: string): number {
  let text = aside(expression).trim();
  let sign = 1;
  if (text.startsWith("- ")) {
    sign = -1;
    text = text.slice(2);
  }
  const parts = text.split(/ ([+-]) /);
  let total = sign * term(parts[0], sentence);
  for (let i = 1; i < parts.length; i += 2)
    total += (parts[i] === "+" ? 1 : -1) * term(parts[i + 1], sentence);
  return total;
}

/** A row paid in another currency: the rate its sentence quotes, the net and the net converted. */
export interface Conversion {
  readonly rate: number;
  readonly net: number;
  readonly converted: number;
}

// The sentence a row paid in a currency other than the plan's ends with (engine/organisation/messages.ts).
const CONVERSION = [
  / ?In [A-Z]{3} at ([\d,.]+) per [A-Z]{3} \(\d{4}-\d{2}\): (-?[\d,.]+) [A-Z]{3} = (-?[\d,.]+) [A-Z]{3}\.$/,
  / ?按 \d{4}-\d{2} 汇率 1 [A-Z]{3} = ([\d,.]+) [A-Z]{3} 折算：(-?[\d,.]+) [A-Z]{3} = (-?[\d,.]+) [A-Z]{3}。$/,
];

/** A sentence without its closing currency conversion, and that conversion (null: none). */
export function withoutConversion(sentence: string): { body: string; conversion: Conversion | null } {
  for (const pattern of CONVERSION) {
    const match = pattern.exec(sentence);
    if (match)
      return {
        body: sentence.slice(0, match.index),
        conversion: { rate: figure(match[1]), net: figure(match[2]), converted: figure(match[3]) },
      };
  }
  return { body: sentence, conversion: null };
}

/**
 * Redo every equation of a sentence from the figures it quotes (each must land on the cents it
 * states) and return the figure the sentence pays: the last equation's, or the cap it was held to
 * after it, or 0 when it says so without arithmetic. A closing currency conversion is redone too
 * (net x rate, to the cent); what the row pays is the net, in the rep's own currency.
 */
export function recompute(whole: string): number {
  const { body: sentence, conversion } = withoutConversion(whole);
  const paid = recomputeBody(sentence);
  if (conversion) {
    expect([whole, cents(conversion.net)]).toEqual([whole, cents(paid)]);
    expect([whole, cents(conversion.net * conversion.rate)]).toEqual([whole, cents(conversion.converted)]);
  }
  return paid;
}

function recomputeBody(sentence: string): number {
  const equation = / = /g;
  let last: { value: number; end: number } | null = null;
  for (let match = equation.exec(sentence); match; match = equation.exec(sentence)) {
    // Reasons people typed may hold any punctuation: they are masked before looking for where
    // the arithmetic starts.
    const before = sentence.slice(0, match.index).replace(/“[^”]*”/g, (quote) => "_".repeat(quote.length));
    const start = Math.max(
      ...[": ", "; ", ". ", "：", "；", "。"].map(
        (b) => before.lastIndexOf(b) + b.length * (before.lastIndexOf(b) >= 0 ? 1 : 0),
      ),
      0,
    );
    const stated = figure(sentence.slice(match.index + 3).match(FIGURE)![0]);
    const left = redo(before.slice(start), sentence);
    expect([sentence, cents(left)]).toEqual([sentence, cents(stated)]);
    last = { value: stated, end: match.index + 3 };
  }
  const capped = /(?:capped at|封顶为) (-?[\d,.]+)/g;
  let cap: number | null = null;
  for (let match = capped.exec(sentence); match; match = capped.exec(sentence))
    if (last === null || match.index > last.end) cap = figure(match[1]);
  if (cap !== null) return cap;
  if (last !== null) return last.value;
  expect([sentence, /(?:so 0|因此为 0)/.test(sentence)]).toEqual([sentence, true]);
  return 0;
}
