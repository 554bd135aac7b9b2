/**
 * The site's one script, served as /static/copy.<hash>.js: a "Copy" button beside each command.
 * Progressive enhancement only — every page works without it. The button's words come from the
 * page (data-copy / data-copied on <body>), so the script carries no text of its own.
 */
export const COPY_JS = `
(function () {
  var body = document.body;
  var label = body.getAttribute('data-copy') || 'Copy';
  var done = body.getAttribute('data-copied') || 'Copied';
  if (!navigator.clipboard) return;
  var blocks = document.querySelectorAll('pre[data-command]');
  for (var i = 0; i < blocks.length && i < 500; i++) {
    (function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = label;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(pre.textContent).then(function () {
          button.textContent = done;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
      pre.parentNode.appendChild(button);
    })(blocks[i]);
  }
})();
`.trim();
