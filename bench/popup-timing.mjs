export async function timePopup() { return { skipped: 'popup not built yet' }; }
