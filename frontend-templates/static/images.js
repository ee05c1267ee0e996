// Images from media storage that fail to load (storage down, photo removed) give way to a placeholder.
(function () {
  function fallBack(img) {
    var fallback = img.getAttribute('data-fallback');
    if (fallback && img.getAttribute('src') !== fallback) {
      img.setAttribute('src', fallback);
    }
  }
  document.querySelectorAll('img[data-fallback]').forEach(function (img) {
    if (img.complete && img.naturalWidth === 0) {
      fallBack(img);
    } else {
      img.addEventListener('error', function () { fallBack(img); });
    }
  });
})();
