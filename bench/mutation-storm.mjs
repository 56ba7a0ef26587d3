export async function runStorms() { return { skipped: 'extension not built yet' }; }
