/* SPDX-License-Identifier: EUPL-1.2 */
/* The counter's live scan: camera frames go to the server, which reads the QR code (ZXing) and says
   where the reservation is. Without a camera, or without JavaScript, the photo form does the same. */
(function () {
    'use strict';
    var live = document.getElementById('live');
    var form = document.getElementById('scan-form');
    if (!live || !form || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.fetch) {
        return;
    }
    live.hidden = false;
    var video = document.getElementById('scan-video');
    var status = document.getElementById('scan-status');
    var start = document.getElementById('scan-start');
    var canvas = document.createElement('canvas');
    var stream = null;
    var timer = null;
    var busy = false;

    function stop() {
        clearInterval(timer);
        if (stream) {
            stream.getTracks().forEach(function (track) { track.stop(); });
        }
    }

    function send(blob) {
        var data = new FormData();
        data.append('token', form.elements.token.value);
        data.append('picture', blob, 'frame.jpg');
        fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
                if (answer.found) {
                    stop();
                    status.textContent = live.dataset.found;
                    window.location.href = answer.location;
                    return;
                }
                if (answer.problem === 'notfound') {
                    status.textContent = live.dataset.notfound;
                }
                busy = false;
            })
            .catch(function () { busy = false; });
    }

    function grab() {
        if (busy || !video.videoWidth) {
            return;
        }
        busy = true;
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        canvas.getContext('2d').drawImage(video, 0, 0);
        canvas.toBlob(function (blob) {
            if (blob) {
                send(blob);
            } else {
                busy = false;
            }
        }, 'image/jpeg', 0.85);
    }

    start.addEventListener('click', function () {
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
            .then(function (camera) {
                stream = camera;
                video.srcObject = camera;
                video.play();
                start.hidden = true;
                status.textContent = live.dataset.looking;
                timer = setInterval(grab, 700);
            })
            .catch(function () { status.textContent = live.dataset.denied; });
    });
    window.addEventListener('pagehide', stop);
}());
