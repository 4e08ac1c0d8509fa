/** Interface strings mark a value filled in at run time as `{name}`. */
/** `fill('Ran in {ms} ms', { ms: 12 })` -> `Ran in 12 ms`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
