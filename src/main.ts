/** Bootstrap placeholder; replaced by the app composition root. */
document.body.dataset.booted = 'true';
