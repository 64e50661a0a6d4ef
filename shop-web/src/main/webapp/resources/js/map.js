/* SPDX-License-Identifier: EUPL-1.2 */
/* Draws the store list of the page as a Leaflet map once the map area comes near the screen, so a page whose map is
   further down loads without the map's work. Without JavaScript the list alone is shown. */
(function () {
    'use strict';
    var element = document.getElementById('store-map');
    if (!element || !window.L) {
        return;
    }

    function draw() {
        var map = L.map(element, { scrollWheelZoom: false })
            .setView([Number(element.dataset.lat), Number(element.dataset.lon)], Number(element.dataset.zoom));
        L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: '' }).addTo(map);
        map.attributionControl.setPrefix(false);
        map.attributionControl.addAttribution(element.dataset.attribution.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
        var points = [];
        document.querySelectorAll('.map-store').forEach(function (store) {
            var point = [Number(store.dataset.lat), Number(store.dataset.lon)];
            var link = document.createElement('a');
            link.href = store.dataset.url;
            link.textContent = store.dataset.name;
            L.marker(point, { title: store.dataset.name, alt: store.dataset.name }).addTo(map).bindPopup(link);
            points.push(point);
        });
        if (points.length > 1) {
            map.fitBounds(points, { padding: [30, 30], maxZoom: 17 });
        } else if (points.length === 1) {
            map.setView(points[0], 17);
        }
    }

    // a tile server run by someone else learns the visitor's address: draw only after they agreed, remembered
    // for this tab only (sessionStorage, no cookie)
    var consent = document.getElementById('map-consent');
    var agreedKey = 'innenstadt-map-agreed';
    if (consent && sessionStorage.getItem(agreedKey) !== 'yes') {
        document.getElementById('load-map').addEventListener('click', function () {
            sessionStorage.setItem(agreedKey, 'yes');
            consent.remove();
            element.classList.remove('map-waiting');
            draw();
            element.focus();
        });
        return;
    }
    if (consent) {
        consent.remove();
        element.classList.remove('map-waiting');
    }

    if (!('IntersectionObserver' in window)) {
        draw();
        return;
    }
    var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
            observer.disconnect();
            draw();
        }
    }, { rootMargin: '300px' });
    observer.observe(element);
}());
