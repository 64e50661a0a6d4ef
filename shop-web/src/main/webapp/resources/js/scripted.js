// SPDX-License-Identifier: EUPL-1.2
// Loaded in the head without defer: marks the page as scripted before the first paint, so the map's
// space is reserved and nothing shifts later.
document.documentElement.classList.add('js');
// Wide screens show the results' filters open (phones get results first and a „Filter (2)“ disclosure);
// setting the attribute, not only the look, lets screen readers announce the state that is shown.
document.addEventListener('DOMContentLoaded', () => {
    const filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 48rem)').matches) {
        filters.open = true;
    }
});
