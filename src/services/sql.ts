// Positional parameters for one query, so that every value reaches SQL as a parameter:
// `add(value)` keeps the value and answers its placeholder ("$3").
export function sqlParams(...initial: unknown[]) {
  const values = [...initial];
  return { values, add: (v: unknown) => { values.push(v); return `$${values.length}`; } };
}
