// Prettier formats the code; `npm run lint` checks it and `npm run format` applies it.
export default {
  printWidth: 130,
  singleQuote: true,
  trailingComma: 'all',
};
