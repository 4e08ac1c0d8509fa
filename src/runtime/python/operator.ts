// Python's operator module, as far as the examples need it: `a == b` is `eq(a, b)` in TypeScript,
// which has no operator overloading.
export { eq, ne } from './protocols';
