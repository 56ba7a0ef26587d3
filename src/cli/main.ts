// Placeholder CLI; replaced by the real one.
console.error('appeal-spotter: not built yet');
process.exit(2);
