// SPDX-License-Identifier: EUPL-1.2
// Enter in a price or stock field of the offer table saves that field: it clicks the field's own
// OK button. Without this, Enter ran the form's first button. Delegated from the document, so rows
// the table draws again (paging, filter, AJAX updates) need nothing.
document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || !field.matches || !field.matches('input.price-input, input.quantity-input')) {
        return;
    }
    event.preventDefault();
    var save = field.closest('td').querySelector(field.matches('.price-input') ? 'button.save-price' : 'button.save-quantity');
    if (save) {
        save.click();
    }
});
