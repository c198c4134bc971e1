// Issue 19: choosing a saved venue on the event form fills its name and address at once. Without this script the
// server fills them on saving, when both were left empty; with it, what is filled can be checked and changed first.
(function () {
  'use strict';
  var select = document.getElementById('savedVenue');
  var name = document.getElementById('venueName');
  var address = document.getElementById('venueAddress');
  if (!select || !name || !address) {
    return;
  }
  select.addEventListener('change', function () {
    var option = select.options[select.selectedIndex];
    if (!option || !option.value) {
      return;
    }
    name.value = option.getAttribute('data-name') || '';
    address.value = option.getAttribute('data-address') || '';
  });
})();
