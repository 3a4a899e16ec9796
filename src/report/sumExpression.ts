/** Excel's SUM takes at most 255 arguments; longer lists are summed in nested groups. */
const SUM_ARGUMENTS = 255;

/** SUM(a,b,…) of formula operands, nested in groups of 255 when longer; "0" for none. */
export function sumExpression(args: string[]): string {
  if (args.length === 0) return "0";
  if (args.length <= SUM_ARGUMENTS) return `SUM(${args.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < args.length; i += SUM_ARGUMENTS) {
    groups.push(sumExpression(args.slice(i, i + SUM_ARGUMENTS)));
  }
  return sumExpression(groups);
}
