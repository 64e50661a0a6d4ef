// SPDX-License-Identifier: EUPL-1.2
// „In meiner Nähe“: asks the browser for the position only when the shopper presses the button, rounds it to about
// 100 m and repeats the search with it, sorted by distance. The position travels in the address of that one search
// (and the product pages linked from it); the platform stores it nowhere.
document.querySelectorAll('.near-me').forEach((button) => {
    if (!('geolocation' in navigator)) {
        return;
    }
    const status = button.parentElement.querySelector('.near-me-status');
    button.hidden = false;
    button.addEventListener('click', () => {
        button.disabled = true;
        status.textContent = button.dataset.asking;
        navigator.geolocation.getCurrentPosition((position) => {
            const url = new URL(window.location.href);
            url.searchParams.set('lat', position.coords.latitude.toFixed(3));
            url.searchParams.set('lon', position.coords.longitude.toFixed(3));
            url.searchParams.set('sort', 'distance');
            url.searchParams.delete('page');
            window.location.assign(url.toString());
        }, () => {
            button.disabled = false;
            status.textContent = button.dataset.denied;
        }, { maximumAge: 60000, timeout: 15000 });
    });
});
