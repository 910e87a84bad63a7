/**
 * The printed list's Print button: hidden in the HTML, since it needs JavaScript (the page says
 * how to print without it), shown here, and it opens the browser's print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    window.print();
  });
}
